// The local MailApp: sendEmail in all its forms into an outbox, with Apps Script's quotas and limits.
import type { ServiceContext } from '../runtime/context';
import { appsScriptError, MESSAGES } from '../runtime/errors';
import type { MailState, SentMailState, WorkspaceState } from '../runtime/state';
import { requireAuthMode } from './authorization';
import { SCOPE } from '../runtime/scopes';
import { KB, utf8Bytes } from './byte-size';
import { signatureMismatch } from './signature-error';

type MailAdvancedParameters = GoogleAppsScript.Mail.MailAdvancedParameters;
type MailApp = GoogleAppsScript.Mail.MailApp;

/** Quotas page: the daily recipient quota resets 24 hours after the first request of the window. */
export const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Quotas page: 50 recipients per message; body 200 KB (consumer; 400 KB on Workspace). */
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const MAX_BODY_BYTES = 200 * KB;
/** Quotas page: 250 attachments per message, 25 MB of attachments in all [C]. */
export const MAX_ATTACHMENTS = 250;
export const MAX_ATTACHMENT_BYTES = 25 * KB * KB;
/** A subject over 250 characters fails with "Argument too large: subject" (scripts' failure reports [C]). */
export const MAX_SUBJECT_LENGTH = 250;

/** Apps Script's texts (APPS_SCRIPT_FACTS.md, [C] except noRecipient, recalled from public Q&A [P]). */
export const MAIL_MESSAGES = {
  tooManyRecipients: 'Limit Exceeded: Email Recipients Per Message.',
  bodyTooLarge: 'Limit Exceeded: Email Body Size.',
  invalidEmail: (address: string) => `Invalid email: ${address}`,
  noRecipient: 'Failed to send email: no recipient',
  subjectTooLong: 'Argument too large: subject',
  attachmentsTooLarge: 'Limit Exceeded: Email Total Attachments Size.',
  /** Over 250 attachments: no real text found [U]; written in the style of the others. */
  tooManyAttachments: 'Limit Exceeded: Email Attachments Per Message.',
  /** attachments that are not blobs [U text]. */
  invalidAttachments: 'Invalid argument: attachments',
} as const;

/**
 * A plain address: something@domain.tld without spaces, commas or brackets. "Name <a@b.org>" is
 * rejected: whether MailApp accepts it is not confirmed [U], and the strict reading makes Rapport
 * send to the bare addresses it keeps in the roster.
 */
const ADDRESS = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]+$/;

/** A message as sendEmail received it, before it is stamped with an id, time and sender. */
type OutgoingMessage = Omit<SentMailState, 'id' | 'sentAt' | 'from'>;

/** What MailApp reads of an attachment: a Blob, or anything with getBlob() (BlobSource) [C]. */
interface BlobLike {
  getBytes(): number[] | Uint8Array;
  getName?(): string | null;
  getContentType?(): string | null;
}

export function createMailApp(ctx: ServiceContext): Pick<MailApp, 'sendEmail' | 'getRemainingDailyQuota'> {
  return {
    /**
     * getRemainingDailyQuota counts recipients, not messages (cc and bcc included [P]); the window
     * resets 24 h after its first send (APPS_SCRIPT_FACTS.md, "MailApp").
     */
    getRemainingDailyQuota() {
      ctx.exec.call('MailApp.getRemainingDailyQuota');
      requireAuthMode(ctx, 'FULL', 'MailApp.getRemainingDailyQuota', SCOPE.sendMail);
      return remainingQuota(ctx.state.mail, ctx.user, ctx.state.clock.now);
    },
    /**
     * All four forms: (message), (recipient, subject, body), (recipient, subject, body, options),
     * (to, replyTo, subject, body); anything else throws the signature message. Recipients may be
     * comma-separated lists. Every check happens before anything is sent: a malformed address,
     * more than 50 recipients, a body over 200 KB, or a message that does not fit in what is left
     * of the daily quota throws and sends nothing. The plain and HTML bodies count together
     * toward the 200 KB [U whether Apps Script adds them or checks each]. A subject over 250
     * characters, more than 250 attachments or over 25 MB of them throw too. An empty subject or
     * body is sent as it is [U: no refusal was found]. Only AuthMode.FULL may send
     * (authorization.ts). The quota is the sending user's: a co-teacher's trigger spends its
     * owner's recipients, not the teacher's (quotas page: limits are per user [C]).
     */
    sendEmail(...args: unknown[]) {
      ctx.exec.call('MailApp.sendEmail');
      requireAuthMode(ctx, 'FULL', 'MailApp.sendEmail', SCOPE.sendMail);
      const message = normalize(args);
      const recipients = message.to.length + message.cc.length + message.bcc.length;
      if (recipients === 0) throw appsScriptError(MAIL_MESSAGES.noRecipient);
      if (recipients > MAX_RECIPIENTS_PER_MESSAGE) throw appsScriptError(MAIL_MESSAGES.tooManyRecipients);
      if (utf8Bytes(message.body) + utf8Bytes(message.htmlBody ?? '') > MAX_BODY_BYTES) {
        throw appsScriptError(MAIL_MESSAGES.bodyTooLarge);
      }
      if (message.subject.length > MAX_SUBJECT_LENGTH) throw appsScriptError(MAIL_MESSAGES.subjectTooLong);
      const attachments = message.attachments ?? [];
      if (attachments.length > MAX_ATTACHMENTS) throw appsScriptError(MAIL_MESSAGES.tooManyAttachments);
      if (attachments.reduce((sum, file) => sum + file.bytes, 0) > MAX_ATTACHMENT_BYTES) throw appsScriptError(MAIL_MESSAGES.attachmentsTooLarge);
      const mail = ctx.state.mail;
      const now = ctx.state.clock.now;
      if (recipients > remainingQuota(mail, ctx.user, now)) throw appsScriptError(MESSAGES.emailQuota);
      const window = ((mail.byUser ??= {})[ctx.user] ??= { windowStart: now, used: 0 });
      window.used += recipients;
      mail.outbox.push(sentMail(ctx, message));
    },
  };
}

/**
 * Sets the daily recipient quota of every user (the CLI's `quota <n>`): 100 models a consumer
 * account, 1,500 a Workspace one. Recipients already sent in a user's current window still count.
 */
export function setDailyEmailQuota(state: WorkspaceState, quota: number): void {
  if (!Number.isInteger(quota) || quota < 0) throw new Error(`The email quota must be a whole number of recipients, 0 or more (got ${quota}).`);
  state.mail.dailyQuota = quota;
}

/**
 * Recipients `user` has left in their current window, ending the window first if 24 h have passed
 * since its first send. Exported for the local page and CLI, which show the quota without an execution.
 */
export function remainingQuota(mail: MailState, user: string, now: number): number {
  const window = mail.byUser?.[user];
  if (window && now >= window.windowStart + QUOTA_WINDOW_MS) delete mail.byUser?.[user];
  return mail.dailyQuota - (mail.byUser?.[user]?.used ?? 0);
}

/** Picks the overload from the arguments; a call that fits none throws Apps Script's signature message. */
function normalize(args: unknown[]): OutgoingMessage {
  const [first, second, third, fourth] = args;
  const isObject = (value: unknown) => value !== null && typeof value === 'object';
  const strings = (count: number) => args.slice(0, count).every((value) => typeof value === 'string');
  if (args.length === 1 && isObject(first)) return fromParameters(first as MailAdvancedParameters);
  if (args.length === 3 && strings(3)) {
    return fromParameters({ to: first as string, subject: second as string, body: third as string });
  }
  if (args.length === 4 && strings(4)) {
    return fromParameters({ to: first as string, replyTo: second as string, subject: third as string, body: fourth as string });
  }
  if (args.length === 4 && strings(3) && isObject(fourth)) {
    return fromParameters({ ...(fourth as MailAdvancedParameters), to: first as string, subject: second as string, body: third as string });
  }
  throw signatureMismatch('MailApp.sendEmail', args);
}

function fromParameters(parameters: MailAdvancedParameters): OutgoingMessage {
  const replyTo = parameters.replyTo === undefined ? undefined : addresses(parameters.replyTo)[0];
  return {
    to: addresses(parameters.to),
    cc: addresses(parameters.cc),
    bcc: addresses(parameters.bcc),
    ...(replyTo === undefined ? {} : { replyTo }),
    ...(parameters.name === undefined ? {} : { name: String(parameters.name) }),
    ...(parameters.noReply ? { noReply: true } : {}),
    subject: String(parameters.subject ?? ''),
    body: String(parameters.body ?? ''),
    ...(parameters.htmlBody === undefined ? {} : { htmlBody: String(parameters.htmlBody) }),
    ...(parameters.attachments === undefined ? {} : { attachments: attachmentsOf(parameters.attachments as unknown[]) }),
  };
}

/** Name, type and size of each attachment (a Blob, or a BlobSource read through getBlob()). */
function attachmentsOf(list: unknown[]): NonNullable<SentMailState['attachments']> {
  if (!Array.isArray(list)) throw appsScriptError(MAIL_MESSAGES.invalidAttachments);
  return list.map((source) => {
    const blob = (source && typeof (source as { getBlob?: unknown }).getBlob === 'function' ? (source as { getBlob(): BlobLike }).getBlob() : source) as BlobLike;
    if (!blob || typeof blob.getBytes !== 'function') throw appsScriptError(MAIL_MESSAGES.invalidAttachments);
    return { name: blob.getName?.() ?? '', contentType: blob.getContentType?.() ?? 'application/octet-stream', bytes: blob.getBytes().length };
  });
}

/** A comma-separated list of addresses, each checked; empty entries are skipped. */
function addresses(list: string | undefined): string[] {
  if (list == null) return [];
  const parsed = String(list)
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');
  for (const address of parsed) if (!ADDRESS.test(address)) throw appsScriptError(MAIL_MESSAGES.invalidEmail(address));
  return parsed;
}

function sentMail(ctx: ServiceContext, message: OutgoingMessage): SentMailState {
  return { id: `mail-${ctx.state.nextId++}`, sentAt: ctx.state.clock.now, from: ctx.user, ...message };
}
