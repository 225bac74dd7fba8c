// The email through the bundle: settings saved or refused by placeholder, previews and test sends on the local runtime, hostile profiles in the outbox, the library's gaps.
import type { EmailPreview, EmailSettingsView, LibraryGapsView, Result, TestEmailReport } from '../../src/shared/rpc';
import { foreignMarkup } from '../helpers/email-markup';
import { HOSTILE_CORPUS } from '../helpers/hostile-corpus';
import { runOk } from '../helpers/runtime';
import { addRows, addStudents, setUpClass, student } from './class-fixture';
import { addLibrary, ok, sendNow } from './sending-fixture';
import { classWithSurvey } from './survey-fixture';

const TEACHER = 'teacher@example.edu';
const FIRST_ID = 'stu-000001';

function classWithLibrary() {
  const runtime = setUpClass();
  addStudents(runtime, 2);
  addLibrary(runtime);
  return runtime;
}

function sentTo(runtime: ReturnType<typeof setUpClass>, address: string) {
  return runtime.state.mail.outbox.filter((m) => m.to.includes(address));
}

describe('email settings through the bundle', () => {
  it('start from the default template and refuse bad placeholders one problem each, storing nothing', () => {
    const runtime = setUpClass();
    const before = runOk<EmailSettingsView>(runtime, 'getEmailSettings');
    expect(before).toMatchObject({ subject: '{{First name}}, a few things I picked for you', picksPerEmail: 3, fillWithGeneral: false });
    expect(before.placeholders).toContain('{{Interests}}');
    const refused = runOk<Result<EmailSettingsView>>(runtime, 'saveEmailSettings', { subject: '', body: 'Hi {{nonsense}} {{Private notes}} {{Important events}}\n{{Resources}}' });
    expect(refused.ok ? [] : refused.problems.map((p) => p.message)).toEqual([
      'Give the email a subject.',
      expect.stringContaining('{{nonsense}} is not a column of the Students tab.'),
      '{{Private notes}} is a private column: private columns never go in an email.',
      '{{Important events}} is a private column: private columns never go in an email.',
    ]);
    expect(runOk(runtime, 'getEmailSettings')).toEqual(before);
  });

  it('save a valid template with news and K for every co-teacher', () => {
    const runtime = setUpClass();
    const input = { subject: 'For {{first name}}', body: 'Hello {{FIRST NAME}}!\n{{Resources}}\n{{News}}', news: { professional: 'I spoke at a conference' }, picksPerEmail: 2, fillWithGeneral: true };
    const saved = runOk<Result<EmailSettingsView>>(runtime, 'saveEmailSettings', input);
    expect(saved).toMatchObject({ ok: true, value: { subject: 'For {{first name}}', news: { professional: 'I spoke at a conference', profound: '', personal: '' }, picksPerEmail: 2, fillWithGeneral: true } });
    const coTeacher = runtime.run('getEmailSettings', [], { user: 'co-teacher@example.edu' });
    expect(coTeacher.value).toEqual(saved.ok && saved.value);
  });
});

describe('previewEmail and sendTestEmail through the bundle', () => {
  it('preview the email as it would be sent, with picks and reasons, and email nobody', () => {
    const runtime = classWithLibrary();
    const preview = runOk<EmailPreview>(runtime, 'previewEmail', FIRST_ID);
    if (preview.skipped) throw new Error(preview.reason);
    expect(preview).toMatchObject({ to: 'student1@school.example', subject: 'Student1, a few things I picked for you' });
    expect(preview.picks.map((p) => p.resourceId).sort()).toEqual(['res-1', 'res-2', 'res-4']);
    expect(preview.picks.find((p) => p.resourceId === 'res-4')?.reason).toBe('for your goal: get better at writing');
    expect(preview.body).toContain('Hi Student1,');
    expect(preview.htmlBody).toContain('Because you said you&#39;re interested in music.');
    expect(runtime.state.mail.outbox).toEqual([]);
  });

  it('send the preview to the teacher only, and say so', () => {
    const runtime = classWithLibrary();
    const preview = runOk<EmailPreview>(runtime, 'previewEmail', FIRST_ID);
    const report = runOk<Result<TestEmailReport>>(runtime, 'sendTestEmail', FIRST_ID);
    expect(report).toEqual({ ok: true, value: { to: TEACHER, message: `Sent a test of Student1 Family1's email to you at ${TEACHER}. Student1 Family1 was not emailed.` } });
    expect(runtime.state.mail.outbox).toHaveLength(1);
    const [mail] = sentTo(runtime, TEACHER);
    if (preview.skipped) throw new Error(preview.reason);
    expect(mail).toMatchObject({ subject: `[Test] ${preview.subject}`, body: preview.body, htmlBody: preview.htmlBody });
  });

  it('say why a student would be skipped, and send no test for them (opted out, bad address, nothing new, no interests)', () => {
    const runtime = setUpClass();
    addLibrary(runtime);
    addRows(runtime, 'Students', [
      student(1, { 'Opt out': true }),
      student(2, { Email: 'not an email' }),
      student(3, { Interests: 'knitting', Goals: '' }),
      student(4, { Interests: '', Goals: '' }),
    ]);
    addRows(runtime, 'Resources', [{ ID: 'res-9', Title: 'Knitting', URL: 'javascript:alert(1)', Type: 'article', Tags: 'knitting', Active: true }]);
    const reasons = [1, 2, 3, 4].map((i) => runOk<EmailPreview>(runtime, 'previewEmail', `stu-00000${i}`));
    expect(reasons).toEqual([
      { skipped: true, studentName: 'Student1 Family1', reason: 'opted out of these emails' },
      { skipped: true, studentName: 'Student2 Family2', reason: '"not an email" is not a usable email address (malformed, or the same as another student\'s)' },
      { skipped: true, studentName: 'Student3 Family3', reason: 'nothing new matches' },
      { skipped: true, studentName: 'Student4 Family4', reason: 'no interests, career path or goals to match yet' },
    ]);
    const test = runOk<Result<TestEmailReport>>(runtime, 'sendTestEmail', 'stu-000001');
    expect(test).toEqual({ ok: false, problems: [{ message: 'Student1 Family1 would not be emailed (opted out of these emails), so there is nothing to test.' }] });
    expect(runtime.run('previewEmail', ['nobody']).value).toEqual({ skipped: true, studentName: '', reason: 'No student on the Students tab has the ID "nobody".' });
    expect(runtime.state.mail.outbox).toEqual([]);
  });

  it('carry the student\'s own pre-filled survey link, and the footer points to it; the cycle sends exactly the preview', () => {
    const { runtime } = classWithSurvey();
    addStudents(runtime, 1);
    addLibrary(runtime);
    const preview = runOk<EmailPreview>(runtime, 'previewEmail', FIRST_ID);
    if (preview.skipped) throw new Error(preview.reason);
    const link = /Tell me what you're into now \(it takes two minutes\): (\S+)/.exec(preview.body)?.[1];
    expect(link).toMatch(/^https:\/\/docs\.google\.com\/forms\/.*Student1/);
    expect(preview.body).toContain(`in the survey (${link})`);
    ok(sendNow(runtime));
    const [sent] = sentTo(runtime, 'student1@school.example');
    expect(sent).toMatchObject({ subject: preview.subject, body: preview.body, htmlBody: preview.htmlBody });
  });

  it('escape hostile profiles in the outbox HTML: only Rapport\'s own tags and attributes, no script', () => {
    const runtime = setUpClass();
    addLibrary(runtime);
    const hostile = HOSTILE_CORPUS.filter((s) => /[<>"'&]|script|javascript/i.test(s)).slice(0, 25);
    addRows(runtime, 'Students', hostile.map((text, i) => student(i + 1, { 'First name': text, 'Last name': text, Interests: `robotics, ${text}`, Goals: text, 'Career path': text })));
    runOk(runtime, 'saveEmailSettings', { subject: '{{First name}} {{Goals}}', body: '{{First name}} {{Last name}} {{Interests}} {{Career path}} {{Goals}}\n{{Resources}}\n{{News}}', news: { professional: hostile[0], profound: hostile[1], personal: hostile[2] } });
    for (let i = 1; i <= hostile.length; i += 1) {
      const report = runOk<Result<TestEmailReport>>(runtime, 'sendTestEmail', student(i).ID);
      expect(report.ok).toBe(true);
    }
    expect(runtime.state.mail.outbox).toHaveLength(hostile.length);
    for (const mail of runtime.state.mail.outbox) {
      expect(mail.to).toEqual([TEACHER]);
      expect(foreignMarkup(mail.htmlBody!)).toEqual([]);
      expect(mail.htmlBody).not.toMatch(/<[^>]*\son\w+=/i);
    }
  });
});

describe('getLibraryGaps through the bundle', () => {
  it('names interests with nothing new and the students the next cycle would skip', () => {
    const runtime = setUpClass();
    addLibrary(runtime);
    addRows(runtime, 'Students', [student(1, { Interests: 'Robots, beekeeping', Goals: '' }), student(2, { Interests: 'beekeeping', Goals: '' })]);
    const gaps = runOk<LibraryGapsView>(runtime, 'getLibraryGaps');
    expect(gaps).toEqual({
      topics: [{ label: 'beekeeping', kind: 'interest', students: 2, resources: 0 }],
      skipped: [{ studentId: 'stu-000002', name: 'Student2 Family2', reason: 'nothing new matches' }],
    });
  });
});
