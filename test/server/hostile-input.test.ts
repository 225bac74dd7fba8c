// Hostile input everywhere (issue 12), a sample through the bundle: every entry path, then a whole cycle; `npm run prove:hostile` runs the full corpus.
import { foreignMarkup } from '../helpers/email-markup';
import { hostileInputs, hostileSample } from '../helpers/hostile-corpus';
import { runHostileCycle, type HostileCycleReport } from '../helpers/hostile-cycle';

const STRINGS = hostileInputs(hostileSample(32));
let report: HostileCycleReport;

beforeAll(() => {
  report = runHostileCycle(STRINGS);
}, 120_000);

describe('hostile input through every entry path and a whole cycle', () => {
  it('feeds every string to every path', () => {
    expect(report.tallies.map((t) => [t.path, t.tried])).toEqual(
      ['form answers', 'roster typed', 'roster imported (CSV)', 'resource title', 'resource URL', 'resource tags', 'resource description', 'resources typed', 'check-in note', 'template subject', 'template body', "teacher's news"].map((path) => [path, STRINGS.length]),
    );
  });

  it('refuses what does not fit, each refusal naming the field', () => {
    expect(report.unnamed).toEqual([]);
    const oversize = 'x'.repeat(50_001);
    for (const tally of report.tallies) expect(tally.refused.some((r) => r.value === oversize.slice(0, 60))).toBe(true);
    const urls = report.tallies.find((t) => t.path === 'resource URL')!;
    expect(urls.refused.map((r) => r.field)).toEqual(expect.arrayContaining(['URL']));
    expect(urls.refused.every((r) => r.field === 'URL')).toBe(true);
  });

  it('leaves no formula in any tab Rapport writes, and keeps form answers exactly as written', () => {
    expect(report.formulas).toEqual([]);
    expect(report.storedMismatches).toEqual([]);
  });

  it('emails every hostile student once, none failed or unknown, every accepted template is test-sent, and the survey reminder reaches everyone who has not answered', () => {
    const students = report.tallies.filter((t) => ['roster typed', 'roster imported (CSV)', 'form answers'].includes(t.path)).reduce((sum, t) => sum + t.accepted, 0);
    expect(report.counts).toEqual({ planned: 0, sent: students + 1, skipped: 0, failed: 0, unknown: 0 });
    const templates = report.tallies.filter((t) => t.path.startsWith('template') || t.path === "teacher's news").reduce((sum, t) => sum + t.accepted, 0);
    expect(report.testEmails).toHaveLength(templates);
    const notAnswered = report.tallies.filter((t) => ['roster typed', 'roster imported (CSV)'].includes(t.path)).reduce((sum, t) => sum + t.accepted, 0);
    expect(report.chase).toMatchObject({ sent: notAnswered + 1, failed: 0, notSentToday: 0 });
  });

  it('writes only Rapport\'s own markup in every email, with subjects MailApp takes', () => {
    const emails = [...report.testEmails, ...report.cycleEmails];
    expect(emails.flatMap((mail) => foreignMarkup(mail.htmlBody ?? '').map((found) => `${mail.to[0]}: ${found}`))).toEqual([]);
    expect(emails.filter((mail) => mail.subject.length > 250 || /[\r\n]/.test(mail.subject))).toEqual([]);
  });
});
