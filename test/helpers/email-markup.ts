// What an email's HTML may contain: only the markup Rapport writes itself (tags, attributes and https links), checked as text without a browser.

const RAPPORT_TAGS = ['div', 'p', 'br', 'ul', 'li', 'a', 'span', 'strong'];
const RAPPORT_ATTRIBUTES = ['style', 'href'];

/** Every tag, attribute or link in `html` that Rapport does not write: [] for an email whose values were all escaped. */
export function foreignMarkup(html: string): string[] {
  const found = new Set<string>();
  for (const [, name, rest] of html.matchAll(/<\/?([a-zA-Z][^\s/>]*)([^>]*)>/g)) {
    if (!RAPPORT_TAGS.includes(name.toLowerCase())) found.add(`<${name}>`);
    for (const [, attribute] of rest.matchAll(/\s([^\s=]+)=/g)) if (!RAPPORT_ATTRIBUTES.includes(attribute.toLowerCase())) found.add(`${attribute}=`);
  }
  for (const [, href] of html.matchAll(/href="([^"]*)"/g)) if (!href.startsWith('https:&#x2F;&#x2F;')) found.add(`href="${href.slice(0, 40)}"`);
  return [...found];
}
