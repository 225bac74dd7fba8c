// MailApp: every sendEmail form, the recipient quota and its 24-hour window, per-message limits, bad addresses.
import type { ServiceContext } from '../../../src/local/runtime/context';
import { MESSAGES } from '../../../src/local/runtime/errors';
import {
  createMailApp,
  MAIL_MESSAGES,
  MAX_BODY_BYTES,
  MAX_RECIPIENTS_PER_MESSAGE,
  QUOTA_WINDOW_MS,
  setDailyEmailQuota,
} from '../../../src/local/services/mail-app';
import { anotherExecution, laterExecution, newServiceContext, thrownBy, ZERO_LATENCY } from '../helpers/service-context';

/** `n` distinct student addresses, comma-separated. */
function students(n: number, from = 0): string {
  return Array.from({ length: n }, (_, i) => `student${from + i}@school.org`).join(',');
}

function remaining(ctx: ServiceContext): number {
  return createMailApp(ctx).getRemainingDailyQuota();
}

describe('MailApp.sendEmail', () => {
  it('sends (recipient, subject, body) from the execution\'s user at the virtual now', () => {
    const ctx = newServiceContext({ user: 'teacher@example.edu' });
    createMailApp(ctx).sendEmail('ana@school.org', 'Hello', 'Plain body');
    expect(ctx.state.mail.outbox).toEqual([
      {
        id: expect.stringMatching(/^mail-\d+$/),
        sentAt: ctx.state.clock.now,
        from: 'teacher@example.edu',
        to: ['ana@school.org'],
        cc: [],
        bcc: [],
        subject: 'Hello',
        body: 'Plain body',
      },
    ]);
  });

  it('sends (recipient, subject, body, options) with htmlBody, name, replyTo, cc, bcc and noReply', () => {
    const ctx = newServiceContext();
    createMailApp(ctx).sendEmail('ana@school.org', 'Picks', 'text', {
      htmlBody: '<p>html</p>',
      name: 'Ms. Rivera',
      replyTo: 'rivera@school.org',
      cc: 'co@school.org, parent@home.org',
      bcc: 'archive@school.org',
      noReply: true,
    });
    expect(ctx.state.mail.outbox[0]).toMatchObject({
      to: ['ana@school.org'],
      cc: ['co@school.org', 'parent@home.org'],
      bcc: ['archive@school.org'],
      replyTo: 'rivera@school.org',
      name: 'Ms. Rivera',
      noReply: true,
      subject: 'Picks',
      body: 'text',
      htmlBody: '<p>html</p>',
    });
  });

  it('sends a message object, and the (to, replyTo, subject, body) form', () => {
    const ctx = newServiceContext();
    const mail = createMailApp(ctx);
    mail.sendEmail({ to: 'ana@school.org,ben@school.org', subject: 'Object form', body: 'b', htmlBody: '<b>b</b>' });
    mail.sendEmail('ana@school.org', 'rivera@school.org', 'Four strings', 'body');
    expect(ctx.state.mail.outbox[0]).toMatchObject({ to: ['ana@school.org', 'ben@school.org'], subject: 'Object form', htmlBody: '<b>b</b>' });
    expect(ctx.state.mail.outbox[1]).toMatchObject({ to: ['ana@school.org'], replyTo: 'rivera@school.org', subject: 'Four strings', body: 'body' });
  });

  it('rejects a malformed address in to, cc or bcc with "Invalid email: x", sending nothing', () => {
    const ctx = newServiceContext();
    const mail = createMailApp(ctx);
    expect(thrownBy(() => mail.sendEmail('ana@school.org, not-an-address', 's', 'b'))).toMatchObject({
      name: 'Exception',
      message: 'Invalid email: not-an-address',
    });
    expect(() => mail.sendEmail('ana@school.org', 's', 'b', { cc: 'ben@school' })).toThrow(MAIL_MESSAGES.invalidEmail('ben@school'));
    expect(() => mail.sendEmail({ to: 'ana@school.org', bcc: 'Ben <ben@school.org>', subject: 's', body: 'b' })).toThrow(
      'Invalid email: Ben <ben@school.org>',
    );
    expect(ctx.state.mail.outbox).toEqual([]);
    expect(remaining(ctx)).toBe(100);
  });

  it('rejects a call that fits none of the forms with Apps Script\'s signature message', () => {
    const ctx = newServiceContext();
    const mail = createMailApp(ctx);
    const missingBody = undefined as unknown as string;
    expect(thrownBy(() => mail.sendEmail('ana@school.org', 'Subject', missingBody))).toMatchObject({
      name: 'Exception',
      message: "The parameters (String,String,undefined) don't match the method signature for MailApp.sendEmail.",
    });
    expect(ctx.state.mail.outbox).toEqual([]);
  });

  it('rejects a message with no recipient', () => {
    const ctx = newServiceContext();
    expect(() => createMailApp(ctx).sendEmail({ to: ' , ', subject: 's', body: 'b' })).toThrow(MAIL_MESSAGES.noRecipient);
    expect(ctx.state.mail.outbox).toEqual([]);
  });

  it('allows 50 recipients per message (to + cc + bcc) and rejects 51', () => {
    const ctx = newServiceContext();
    const mail = createMailApp(ctx);
    mail.sendEmail(students(30), 's', 'b', { cc: students(10, 30), bcc: students(10, 40) });
    const error = thrownBy(() => mail.sendEmail(students(30), 's', 'b', { cc: students(10, 30), bcc: students(11, 40) }));
    expect(error).toMatchObject({ name: 'Exception', message: 'Limit Exceeded: Email Recipients Per Message.' });
    expect(ctx.state.mail.outbox).toHaveLength(1);
    expect(MAX_RECIPIENTS_PER_MESSAGE).toBe(50);
  });

  it('rejects a body over 200 KB, counting the HTML body too', () => {
    const ctx = newServiceContext();
    const mail = createMailApp(ctx);
    mail.sendEmail('ana@school.org', 's', 'x'.repeat(MAX_BODY_BYTES));
    const half = 'x'.repeat(MAX_BODY_BYTES / 2);
    expect(thrownBy(() => mail.sendEmail('ana@school.org', 's', half, { htmlBody: `${half}!` }))).toMatchObject({
      name: 'Exception',
      message: 'Limit Exceeded: Email Body Size.',
    });
    expect(ctx.state.mail.outbox).toHaveLength(1);
  });

  it('sends only with full authorization', () => {
    for (const authMode of ['NONE', 'LIMITED'] as const) {
      const ctx = newServiceContext({ authMode });
      expect(thrownBy(() => createMailApp(ctx).sendEmail('ana@school.org', 's', 'b'))).toMatchObject({
        name: 'Exception',
        message: 'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
      });
      expect(() => createMailApp(ctx).getRemainingDailyQuota()).toThrow(/permission/);
      expect(ctx.state.mail.outbox).toEqual([]);
    }
  });

  it('counts each call', () => {
    const ctx = newServiceContext();
    createMailApp(ctx).sendEmail('ana@school.org', 's', 'b');
    createMailApp(ctx).getRemainingDailyQuota();
    expect(ctx.exec.calls).toEqual({ 'MailApp.sendEmail': 1, 'MailApp.getRemainingDailyQuota': 1 });
  });
});

describe('MailApp daily quota', () => {
  it('counts recipients, cc and bcc included, not messages', () => {
    const ctx = newServiceContext();
    expect(remaining(ctx)).toBe(100);
    createMailApp(ctx).sendEmail('ana@school.org,ben@school.org', 's', 'b', { cc: 'co@school.org', bcc: 'archive@school.org' });
    expect(remaining(ctx)).toBe(96);
  });

  it('throws Apps Script\'s quota message and sends nothing when a message does not fit', () => {
    const ctx = newServiceContext();
    setDailyEmailQuota(ctx.state, 5);
    const mail = createMailApp(ctx);
    mail.sendEmail(students(3), 's', 'b');
    const error = thrownBy(() => mail.sendEmail(students(3, 3), 's', 'b'));
    expect(error).toMatchObject({ name: 'Exception', message: MESSAGES.emailQuota });
    expect(MESSAGES.emailQuota).toBe('Service invoked too many times for one day: email.');
    expect(ctx.state.mail.outbox).toHaveLength(1);
    expect(remaining(ctx)).toBe(2);
    mail.sendEmail(students(2, 3), 's', 'b');
    expect(remaining(ctx)).toBe(0);
  });

  it('resets 24 hours after the window\'s first send, not after the last', () => {
    const first = newServiceContext({ latency: ZERO_LATENCY });
    setDailyEmailQuota(first.state, 10);
    createMailApp(first).sendEmail(students(4), 's', 'b');
    const halfDay = laterExecution(first, QUOTA_WINDOW_MS / 2);
    createMailApp(halfDay).sendEmail(students(6), 's', 'b');
    expect(() => createMailApp(halfDay).sendEmail('late@school.org', 's', 'b')).toThrow(MESSAGES.emailQuota);
    const justBefore = laterExecution(halfDay, QUOTA_WINDOW_MS / 2 - 1);
    expect(remaining(justBefore)).toBe(0);
    const dayLater = laterExecution(justBefore, 1);
    expect(remaining(dayLater)).toBe(10);
    createMailApp(dayLater).sendEmail('late@school.org', 's', 'b');
    expect(remaining(dayLater)).toBe(9);
    expect(dayLater.state.mail.byUser?.[dayLater.user].windowStart).toBe(dayLater.state.clock.now);
  });

  it('setDailyEmailQuota sets the quota and rejects nonsense', () => {
    const ctx = newServiceContext();
    setDailyEmailQuota(ctx.state, 1500);
    expect(remaining(ctx)).toBe(1500);
    expect(() => setDailyEmailQuota(ctx.state, -1)).toThrow(/whole number/);
    expect(() => setDailyEmailQuota(ctx.state, 2.5)).toThrow(/whole number/);
    expect(ctx.state.mail.dailyQuota).toBe(1500);
  });
});

describe('MailApp quota per user', () => {
  it('counts each user\'s recipients separately: a co-teacher\'s trigger spends its owner\'s quota', () => {
    const teacher = newServiceContext();
    setDailyEmailQuota(teacher.state, 5);
    const coTeacher = anotherExecution(teacher, 'co@school.org');
    createMailApp(coTeacher).sendEmail(students(5), 's', 'b');
    expect(remaining(coTeacher)).toBe(0);
    expect(() => createMailApp(coTeacher).sendEmail('one@school.org', 's', 'b')).toThrow(MESSAGES.emailQuota);
    expect(remaining(teacher)).toBe(5);
    createMailApp(teacher).sendEmail(students(2), 's', 'b');
    expect(remaining(teacher)).toBe(3);
  });
});

describe('MailApp subjects, bodies and attachments', () => {
  const blob = (name: string, bytes: number) => ({ getBytes: () => new Uint8Array(bytes), getName: () => name, getContentType: () => 'application/pdf' });

  it('sends an empty subject and an empty body as they are', () => {
    const ctx = newServiceContext();
    createMailApp(ctx).sendEmail('ana@school.org', '', '');
    expect(ctx.state.mail.outbox[0]).toEqual(expect.objectContaining({ subject: '', body: '' }));
  });

  it('refuses a subject over 250 characters with Apps Script\'s message, sending nothing', () => {
    const ctx = newServiceContext();
    createMailApp(ctx).sendEmail('ana@school.org', 'x'.repeat(250), 'b');
    expect(thrownBy(() => createMailApp(ctx).sendEmail('ana@school.org', 'x'.repeat(251), 'b')).message).toBe('Argument too large: subject');
    expect(ctx.state.mail.outbox).toHaveLength(1);
  });

  it('records attachments (Blob or BlobSource) by name, type and size, and refuses over 25 MB in all', () => {
    const ctx = newServiceContext();
    const mail = createMailApp(ctx);
    mail.sendEmail('ana@school.org', 's', 'b', { attachments: [blob('plan.pdf', 1000), { getBlob: () => blob('notes.pdf', 10) }] as never });
    expect(ctx.state.mail.outbox[0].attachments).toEqual([
      { name: 'plan.pdf', contentType: 'application/pdf', bytes: 1000 },
      { name: 'notes.pdf', contentType: 'application/pdf', bytes: 10 },
    ]);
    const big = [blob('a.pdf', 13 * 1024 * 1024), blob('b.pdf', 13 * 1024 * 1024)];
    expect(thrownBy(() => mail.sendEmail('ana@school.org', 's', 'b', { attachments: big as never })).message).toBe('Limit Exceeded: Email Total Attachments Size.');
    const many = Array.from({ length: 251 }, (_, i) => blob(`${i}.txt`, 1));
    expect(thrownBy(() => mail.sendEmail('ana@school.org', 's', 'b', { attachments: many as never })).message).toBe('Limit Exceeded: Email Attachments Per Message.');
    expect(ctx.state.mail.outbox).toHaveLength(1);
  });
});
