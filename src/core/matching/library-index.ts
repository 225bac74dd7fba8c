// The library prepared once per plan: sendable resources, an index from normalised tag to them, and what each student already has.
import { DEFAULT_SENT_STATUSES, type MatchResource, type SentRecord } from './types';
import { MAX_TAG_WORDS, Stemmer } from './normalise';
import { columnSpec, RESOURCES } from '../schema';

/** The Resources tab's URL limit: a longer link (a 50,000-character cell) would push the email past MailApp's 200 KB. */
const MAX_URL_CHARS = columnSpec(RESOURCES, 'url').maxLength;

/** Emails carry only https links to a named host, with no user name, no control characters, and no longer than the URL column allows. */
export function isHttpsUrl(url: string): boolean {
  return url.length <= MAX_URL_CHARS && /^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?([/?#]\S*)?$/i.test(url) && !/\p{Cc}/u.test(url);
}

/** A resource that may be sent: active, with an id for the Sent log, an https link and at least one usable tag. */
export interface IndexedResource {
  resource: MatchResource;
  /** Position in the sorted order: the stable tie break (by id). */
  rank: number;
  typeKey: string;
  levelKey: string;
  /** The link lower-cased: one link under two ids is one resource to a student. */
  urlKey: string;
}

export interface LibraryIndex {
  stemmer: Stemmer;
  /** Sendable resources sorted by id. */
  resources: IndexedResource[];
  /** Normalised tag → the sendable resources carrying it, in rank order. */
  byTag: Map<string, IndexedResource[]>;
  /** Normalised type → its sendable resources in rank order (for general top-ups). */
  byType: Map<string, IndexedResource[]>;
  /** Words in the longest tag: student text is searched for phrases up to this length. */
  maxTagWords: number;
  /**
   * Scratch space for one student at a time, one slot per sendable resource (by rank): which
   * student last looked at it and where its candidate is, so planning a student allocates no map.
   */
  scratch: { seenBy: Int32Array; slot: Int32Array; student: number };
  /** The resource ids and lower-cased links a student already received (by id, or the same link under another id). */
  receivedBy(studentId: string): ReadonlySet<string>;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const NOTHING_RECEIVED: ReadonlySet<string> = new Set();

/** Per student, the ids and links of what they received; a student is looked up once per plan, not once per resource. */
function sentLookup(sentLog: readonly SentRecord[], statuses: readonly string[]): LibraryIndex['receivedBy'] {
  const counted = new Set(statuses.map((s) => s.toLowerCase()));
  const byStudent = new Map<string, Set<string>>();
  for (const entry of sentLog) {
    if (!counted.has(entry.status.toLowerCase())) continue;
    let received = byStudent.get(entry.studentId);
    if (!received) {
      received = new Set();
      byStudent.set(entry.studentId, received);
    }
    received.add(entry.resourceId);
    if (entry.url) received.add(entry.url.toLowerCase());
  }
  return (studentId) => byStudent.get(studentId) ?? NOTHING_RECEIVED;
}

/** True when `received` (from receivedBy) holds the resource by id or by link. */
export function wasReceived(received: ReadonlySet<string>, entry: IndexedResource): boolean {
  return received.size > 0 && (received.has(entry.resource.id) || received.has(entry.urlKey));
}

export function buildLibraryIndex(resources: readonly MatchResource[], sentLog: readonly SentRecord[], sentStatuses: readonly string[] = DEFAULT_SENT_STATUSES): LibraryIndex {
  const stemmer = new Stemmer();
  const sendable = resources
    .filter((r) => r.active && r.id !== '' && isHttpsUrl(r.url))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const indexed: IndexedResource[] = [];
  const byTag = new Map<string, IndexedResource[]>();
  const byType = new Map<string, IndexedResource[]>();
  let maxTagWords = 1;
  for (const resource of sendable) {
    const keys = new Set(resource.tags.map((tag) => stemmer.key(tag)).filter((key) => key !== ''));
    if (keys.size === 0) continue;
    const entry: IndexedResource = { resource, rank: indexed.length, typeKey: stemmer.key(resource.type), levelKey: resource.level.toLowerCase(), urlKey: resource.url.toLowerCase() };
    indexed.push(entry);
    for (const key of keys) {
      pushTo(byTag, key, entry);
      maxTagWords = Math.max(maxTagWords, key.split(' ').length);
    }
    pushTo(byType, entry.typeKey, entry);
  }
  return {
    stemmer,
    resources: indexed,
    byTag,
    byType,
    maxTagWords: Math.min(maxTagWords, MAX_TAG_WORDS),
    scratch: { seenBy: new Int32Array(indexed.length), slot: new Int32Array(indexed.length), student: 0 },
    receivedBy: sentLookup(sentLog, sentStatuses),
  };
}
