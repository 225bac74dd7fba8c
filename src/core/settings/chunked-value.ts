// A text too big for one document property (a sending cycle's plan), split across keys and read back all or nothing.
import type { Result } from '../vocabulary';
import { PROPERTY_VALUE_LIMIT_BYTES, propertyWriteProblems, utf8Bytes } from './property-limits';

/**
 * `key` holds a manifest (`{"chunks": n, "length": …, "hash": …}`) and `key#0` … `key#n-1` the
 * pieces. Manifest and pieces are written in one setProperties call; pieces left over from a longer
 * earlier value are deleted afterwards, and are ignored until then. A read checks the joined text's
 * length and hash against the manifest, so a half-written value is reported, never used.
 */
interface Manifest {
  chunks: number;
  length: number;
  hash: string;
}

const PIECE_SEPARATOR = '#';

export function chunkKey(key: string, index: number): string {
  return key + PIECE_SEPARATOR + index;
}

/** FNV-1a over UTF-16 code units: cheap, and enough to tell one saved text from another. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Pieces of at most `limitBytes` of UTF-8 each, never cutting a character in two. */
export function splitByBytes(text: string, limitBytes = PROPERTY_VALUE_LIMIT_BYTES): string[] {
  const pieces: string[] = [];
  let piece = '';
  let bytes = 0;
  for (const char of text) {
    const size = utf8Bytes(char);
    if (bytes + size > limitBytes) {
      pieces.push(piece);
      piece = '';
      bytes = 0;
    }
    piece += char;
    bytes += size;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** The stored pieces of `key` numbered `from` or more: all of them with 0, those a shorter value leaves over otherwise. */
export function pieceKeys(key: string, properties: Readonly<Record<string, string>>, from = 0): string[] {
  const prefix = key + PIECE_SEPARATOR;
  return Object.keys(properties).filter((property) => {
    const rest = property.startsWith(prefix) ? property.slice(prefix.length) : '';
    return /^\d+$/.test(rest) && Number(rest) >= from;
  });
}

export interface ChunkedWrite {
  /** The manifest and every piece, for one setProperties call. */
  set: Record<string, string>;
  /** Pieces of an earlier, longer value, to delete once `set` is written. */
  stale: string[];
}

/** Plans saving `text` under `key`; refused, naming the key, when the store would pass 500 KB. */
export function chunkedWrite(key: string, text: string, properties: Readonly<Record<string, string>>): Result<ChunkedWrite> {
  const pieces = splitByBytes(text);
  const manifest: Manifest = { chunks: pieces.length, length: text.length, hash: hashOf(text) };
  const set: Record<string, string> = { [key]: JSON.stringify(manifest) };
  pieces.forEach((piece, i) => (set[chunkKey(key, i)] = piece));
  const stale = pieceKeys(key, properties, pieces.length);
  const problems = propertyWriteProblems(properties, set, `the value ${key}`, stale);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { set, stale } };
}

function isManifest(value: unknown): value is Manifest {
  const m = value as Partial<Manifest> | null;
  return typeof m === 'object' && m !== null && Number.isInteger(m.chunks) && Number.isInteger(m.length) && typeof m.hash === 'string';
}

/** The text saved under `key` (null if none), or a problem naming it when any piece is missing or from another save. */
export function chunkedRead(key: string, properties: Readonly<Record<string, string>>): Result<string | null> {
  const raw = properties[key];
  if (raw === undefined) return { ok: true, value: null };
  const damaged = (why: string): Result<string | null> => ({ ok: false, problems: [{ message: `The value ${key} could not be read: ${why}. It was left as it is.` }] });
  let manifest: unknown;
  try {
    manifest = JSON.parse(raw);
  } catch {
    return damaged('its manifest is not valid JSON');
  }
  if (!isManifest(manifest)) return damaged('its manifest has no piece count, length and hash');
  const pieces: string[] = [];
  for (let i = 0; i < manifest.chunks; i++) {
    const piece = properties[chunkKey(key, i)];
    if (piece === undefined) return damaged(`piece ${i + 1} of ${manifest.chunks} is missing`);
    pieces.push(piece);
  }
  const text = pieces.join('');
  if (text.length !== manifest.length || hashOf(text) !== manifest.hash) return damaged('its pieces are not from one save');
  return { ok: true, value: text };
}
