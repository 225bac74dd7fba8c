// Settings sections: defaults, versions and migration steps, damaged values reported by name, and saves that touch one key.
import { DAMAGED_SUFFIX, decodeSection, sectionWrite, settingsKey, type SettingsSection } from '../../../src/core/settings/section';
import { settingsFrom } from '../../../src/core/settings/settings';
import { SIDEBAR_SETTINGS } from '../../../src/core/settings/sidebar-settings';
import type { Result } from '../../../src/core/vocabulary';

interface Mail {
  subject: string;
  signature: string;
}

function validateMail(value: unknown): Result<Mail> {
  const v = value as Partial<Mail> | null;
  if (typeof v?.subject !== 'string' || typeof v.signature !== 'string') return { ok: false, problems: [{ message: 'The subject and signature are text.' }] };
  return { ok: true, value: { subject: v.subject, signature: v.signature } };
}

/** Version 1 stored only `title`; version 2 renamed it `subject`; version 3 added a signature. */
const MAIL: SettingsSection<Mail> = {
  name: 'mail',
  label: 'email settings',
  version: 3,
  defaults: { subject: 'Resources for you', signature: '' },
  validate: validateMail,
  migrations: {
    1: (v) => ({ subject: (v as { title: string }).title }),
    2: (v) => ({ ...(v as object), signature: '' }),
  },
};

const stored = (version: unknown, value: unknown) => JSON.stringify({ version, value });

describe('reading a section', () => {
  it('gives the defaults, with no problem, when nothing is stored', () => {
    expect(decodeSection(MAIL, undefined)).toEqual({ value: MAIL.defaults, problem: null });
  });

  it('reads a value at the current version', () => {
    expect(decodeSection(MAIL, stored(3, { subject: 'Hi', signature: 'Ms. K' })).value).toEqual({ subject: 'Hi', signature: 'Ms. K' });
  });

  it('brings an old value up one step at a time', () => {
    expect(decodeSection(MAIL, stored(1, { title: 'Old subject' }))).toEqual({ value: { subject: 'Old subject', signature: '' }, problem: null });
    expect(decodeSection(MAIL, stored(2, { subject: 'Two' })).value).toEqual({ subject: 'Two', signature: '' });
  });

  it.each([
    ['not JSON', '{"version":', 'not valid JSON'],
    ['no version', JSON.stringify({ subject: 'x' }), 'no version and value'],
    ['a version that is no number', stored('2', {}), 'is not a version number'],
    ['a newer version', stored(4, {}), 'saved by a newer Rapport (version 4; this one reads up to version 3)'],
    ['a value the validator refuses', stored(3, { subject: 5 }), 'The subject and signature are text.'],
    ['a migration that throws', stored(1, null), 'bringing it from version 1 to 2 failed'],
  ])('reports %s by name and uses the defaults, keeping the stored value', (_case, raw, why) => {
    const read = decodeSection(MAIL, raw);
    expect(read.value).toEqual(MAIL.defaults);
    expect(read.problem?.message).toContain("Rapport's email settings (document property rapport.settings.mail) could not be read");
    expect(read.problem?.message).toContain(why);
  });

  it('reports a missing migration step', () => {
    const gap = { ...MAIL, migrations: { 2: MAIL.migrations![2] } };
    expect(decodeSection(gap, stored(1, { title: 'x' })).problem?.message).toContain('no step from version 1 to 2');
  });
});

describe('saving a section', () => {
  const key = settingsKey(MAIL);

  it('writes only its own key, at the current version, keeping fields the patch leaves out', () => {
    const properties = { [key]: stored(3, { subject: 'Kept', signature: 'Old' }), 'rapport.settings.other': 'untouched' };
    const write = sectionWrite(MAIL, properties, { signature: 'New' });
    expect(write).toEqual({ ok: true, value: { value: { subject: 'Kept', signature: 'New' }, set: { [key]: stored(3, { subject: 'Kept', signature: 'New' }) } } });
  });

  it('saves a migrated value at the current version', () => {
    const write = sectionWrite(MAIL, { [key]: stored(1, { title: 'Old' }) }, {});
    expect(write.ok && JSON.parse(write.value.set[key])).toEqual({ version: 3, value: { subject: 'Old', signature: '' } });
  });

  it('refuses an invalid value and writes nothing', () => {
    expect(sectionWrite(MAIL, {}, { subject: 7 as unknown as string })).toEqual({ ok: false, problems: [{ message: 'The subject and signature are text.' }] });
  });

  it('keeps a damaged value beside the new one when the teacher saves over it', () => {
    const write = sectionWrite(MAIL, { [key]: '{broken' }, { subject: 'Fresh' });
    expect(write.ok && write.value.set).toEqual({ [key]: stored(3, { subject: 'Fresh', signature: '' }), [key + DAMAGED_SUFFIX]: '{broken' });
  });

  it('refuses a value over 9 KB, naming the setting and its size', () => {
    const write = sectionWrite(MAIL, {}, { signature: 'x'.repeat(9 * 1024) });
    expect(write.ok).toBe(false);
    expect(!write.ok && write.problems[0].message).toMatch(/^Rapport's email settings \(document property rapport\.settings\.mail\) would take 9(\.\d)? KB, but Apps Script keeps at most 9 KB in one document property\. Nothing was saved\.$/);
  });

  it('takes a value of exactly 9 KB with its envelope', () => {
    const envelope = stored(3, { subject: 'Resources for you', signature: '' }).length;
    expect(sectionWrite(MAIL, {}, { signature: 'x'.repeat(9 * 1024 - envelope) }).ok).toBe(true);
    expect(sectionWrite(MAIL, {}, { signature: 'x'.repeat(9 * 1024 - envelope + 1) }).ok).toBe(false);
  });

  it('refuses a save that would take the store past 500 KB', () => {
    const full = Object.fromEntries(Array.from({ length: 56 }, (_, i) => [`other.${i}`, 'y'.repeat(9 * 1024 - 10)]));
    const write = sectionWrite(MAIL, full, { signature: 'z'.repeat(5000) });
    expect(!write.ok && write.problems[0].message).toMatch(/^Saving Rapport's email settings \(document property rapport\.settings\.mail\) would bring Rapport's settings for this sheet to 50\d(\.\d)? KB, but Apps Script keeps at most 500 KB per document\./);
  });
});

describe('the sidebar section', () => {
  it('defaults to a 14-day window and accepts 1 to 366 days', () => {
    expect(settingsFrom({}).get(SIDEBAR_SETTINGS)).toEqual({ checkInWindowDays: 14 });
    expect(sectionWrite(SIDEBAR_SETTINGS, {}, { checkInWindowDays: 366 }).ok).toBe(true);
    expect(sectionWrite(SIDEBAR_SETTINGS, {}, { checkInWindowDays: 0 })).toEqual({
      ok: false,
      problems: [{ column: 'Check-in window', message: 'The check-in window is a whole number of days from 1 to 366.' }],
    });
  });

  it('is reported among the settings problems when damaged', () => {
    const settings = settingsFrom({ 'rapport.settings.sidebar': stored(1, { checkInWindowDays: 'soon' }) });
    expect(settings.get(SIDEBAR_SETTINGS).checkInWindowDays).toBe(14);
    expect(settings.problems().map((p) => p.message)).toEqual([
      "Rapport's sidebar settings (document property rapport.settings.sidebar) could not be read: The check-in window is a whole number of days from 1 to 366. Rapport uses the defaults until you save these settings again; the stored value is kept.",
    ]);
  });
});
