// The library prepared once per plan: sendable resources, an index from normalised tag to them, and what each student already has.
import { DEFAULT_SENT_STATUSES, type MatchResource, type SentRecord } from './types';
import { MAX_TAG_WORDS, Stemmer } from './normalise';

/** Emails carry only https links to a named host, with no user name and no control characters. */
export function isHttpsUrl(url: string): boolean {
  return /^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?([/?#]\S*)?$/i.test(url) && !/\p{Cc}/u.test(url);
}

/** A resource that may be sent: active, with an id for the Sent log, an https link and at least one usable tag. */
export interface IndexedResource {
  resource: MatchResource;
  /** Position in the sorted order: the stable tie break (by id). */
  rank: number;
  typeKey: string;
  levelKey: string;
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
  /** True when the student already received the resource (by id, or the same link under another id). */
  alreadySent(studentId: string, resource: MatchResource): boolean;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sentLookup(sentLog: readonly SentRecord[], statuses: readonly string[]): LibraryIndex['alreadySent'] {
  const counted = new Set(statuses.map((s) => s.toLowerCase()));
  const received = new Set<string>();
  for (const entry of sentLog) {
    if (!counted.has(entry.status.toLowerCase())) continue;
    received.add(`${entry.studentId}\n${entry.resourceId}`);
    if (entry.url) received.add(`${entry.studentId}\n${entry.url.toLowerCase()}`);
  }
  return (studentId, resource) =>
    received.has(`${studentId}\n${resource.id}`) || received.has(`${studentId}\n${resource.url.toLowerCase()}`);
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
    const entry: IndexedResource = { resource, rank: indexed.length, typeKey: stemmer.key(resource.type), levelKey: resource.level.toLowerCase() };
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
    alreadySent: sentLookup(sentLog, sentStatuses),
  };
}
