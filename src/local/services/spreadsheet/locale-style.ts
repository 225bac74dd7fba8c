// How a spreadsheet's locale writes numbers and dates: the few locales the runtime knows, en_US for the rest.

export interface LocaleStyle {
  /** The decimal mark and the thousands separator in displayed numbers. */
  decimal: string;
  group: string;
  /** Day before month ('2/1/2027' is 2 January), in typed and displayed dates. */
  dayFirst: boolean;
  /** The separator of the default date display, and whether day and month get two digits. */
  dateSeparator: string;
  padDate: boolean;
}

const EN_US: LocaleStyle = { decimal: '.', group: ',', dayFirst: false, dateSeparator: '/', padDate: false };

/**
 * getDisplayValues gives "the formatted text in the spreadsheet's locale" [P]; Google publishes no
 * table of each locale's defaults, so these are our reading of how Sheets shows them [U each]:
 * en_US 1/2/2027 and 1,234.5; en_GB 02/01/2027; de_DE 02.01.2027 and 1.234,5; fr_FR and es_ES
 * 02/01/2027 and 1 234,5 / 1.234,5. Any other locale is shown as en_US. Add a locale here.
 */
const LOCALE_STYLES: Readonly<Record<string, LocaleStyle>> = {
  en_US: EN_US,
  en_GB: { decimal: '.', group: ',', dayFirst: true, dateSeparator: '/', padDate: true },
  de_DE: { decimal: ',', group: '.', dayFirst: true, dateSeparator: '.', padDate: true },
  fr_FR: { decimal: ',', group: '\u202f', dayFirst: true, dateSeparator: '/', padDate: true },
  es_ES: { decimal: ',', group: '.', dayFirst: true, dateSeparator: '/', padDate: true },
};

/** The locale's style, or undefined for a locale the runtime does not know. */
export function knownLocaleStyle(locale: string): LocaleStyle | undefined {
  return LOCALE_STYLES[locale];
}

export function localeStyle(locale: string): LocaleStyle {
  return knownLocaleStyle(locale) ?? EN_US;
}

/** Rewrites a number written with '.' and ',' (as toFixed and grouping produce it) in the locale's marks. */
export function localizeNumeral(text: string, style: LocaleStyle): string {
  if (style.decimal === '.' && style.group === ',') return text;
  return text.replace(/[.,]/g, (mark) => (mark === '.' ? style.decimal : style.group));
}

/** The default date display: month/day/year in en_US, 02/01/2027 or 02.01.2027 where the day comes first. */
export function defaultDateText(wall: { year: number; month: number; day: number }, style: LocaleStyle): string {
  const two = (n: number) => (style.padDate ? String(n).padStart(2, '0') : String(n));
  const [first, second] = style.dayFirst ? [wall.day, wall.month] : [wall.month, wall.day];
  return [two(first), two(second), String(wall.year)].join(style.dateSeparator);
}
