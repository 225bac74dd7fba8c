// The add-on's settings in the document's properties: all read with one getProperties call, each section saved under the lock.
import { chunkedRead, chunkedWrite, pieceKeys, type ChunkedWrite } from '../core/settings/chunked-value';
import { sectionWrite, type SettingsSection } from '../core/settings/section';
import { settingsFrom, type Settings } from '../core/settings/settings';
import type { Result } from '../core/vocabulary';
import { withDocumentLock } from './document-lock';

/**
 * The document's store, looked up once per execution (each execution starts with fresh globals,
 * and each lookup is a service call).
 */
let documentStore: GoogleAppsScript.Properties.Properties | null = null;

/** Document properties are shared by everyone who edits the sheet: co-teachers see the same settings. */
export function documentProperties(): GoogleAppsScript.Properties.Properties {
  documentStore ??= PropertiesService.getDocumentProperties();
  if (!documentStore) throw new Error('Rapport keeps its settings in the class sheet: open it from Extensions → Rapport in your class sheet.');
  return documentStore;
}

/** Every setting, read with one getProperties call; `settings.get(SECTION)` decodes a section. */
export function readSettings(): Settings {
  return settingsFrom(documentProperties().getProperties());
}

/**
 * Saves the fields in `patch` into one section, under the document lock: the store is read again
 * there, so a co-teacher's save to another section or to other fields of this one is kept. One
 * getProperties and one setProperties; nothing is written when the value is invalid or too big.
 */
export function saveSettings<T extends object>(section: SettingsSection<T>, patch: Partial<T>): Result<T> {
  return withDocumentLock(() => {
    const properties = documentProperties();
    const write = sectionWrite(section, properties.getProperties(), patch);
    if (!write.ok) return write;
    properties.setProperties(write.value.set);
    return { ok: true, value: write.value.value };
  });
}

/**
 * Saves a text bigger than one property (up to what the store has room for) under `key`, in one
 * setProperties call, then deletes pieces an earlier, longer text left. Call it under the document
 * lock. A kill before the deletes leaves only pieces the manifest does not count.
 */
export function saveChunkedValue(key: string, text: string): Result<void> {
  return savePlannedWrite((stored) => chunkedWrite(key, text, stored));
}

/**
 * Reads the store, plans a write from it, and makes it with one setProperties call, then deletes
 * the keys the plan calls stale (a kill before the deletes leaves only keys no read uses). Nothing
 * is written when the plan is refused. Call it under the document lock.
 */
export function savePlannedWrite(plan: (stored: Readonly<Record<string, string>>) => Result<ChunkedWrite>): Result<void> {
  const properties = documentProperties();
  const write = plan(properties.getProperties());
  if (!write.ok) return write;
  properties.setProperties(write.value.set);
  for (const stale of write.value.stale) properties.deleteProperty(stale);
  return { ok: true, value: undefined };
}

/** The text saved under `key`, null if none, or a problem naming it when it is incomplete (read from `settings` when given). */
export function readChunkedValue(key: string, settings: Settings = readSettings()): Result<string | null> {
  return chunkedRead(key, settings.properties);
}

/** Removes a chunked text: the manifest first, so a kill part-way leaves nothing a read would use. Call it under the document lock. */
export function deleteChunkedValue(key: string): void {
  const properties = documentProperties();
  const pieces = pieceKeys(key, properties.getProperties());
  properties.deleteProperty(key);
  for (const piece of pieces) properties.deleteProperty(piece);
}
