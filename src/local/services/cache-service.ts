// The local CacheService: document, script and user caches whose entries expire on the virtual clock.
import type { ServiceContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import type { CacheEntryState } from '../runtime/state';
import { KB, utf8Bytes } from './byte-size';

type Cache = GoogleAppsScript.Cache.Cache;

/** Apps Script's CacheService; getDocumentCache is null outside a document. */
export interface LocalCacheService {
  getDocumentCache(): Cache | null;
  getScriptCache(): Cache;
  getUserCache(): Cache;
}

/**
 * Cache reference page: expiration defaults to 600 s and is at most 21600 s (6 hours); keys are
 * at most 250 characters and values at most 100 KB.
 */
export const CACHE_DEFAULT_SECONDS = 600;
export const CACHE_MAX_SECONDS = 21600;
export const CACHE_KEY_MAX_CHARS = 250;
export const CACHE_VALUE_MAX_BYTES = 100 * KB;

/**
 * Messages for a key or value over the limit. Apps Script throws on both (measured by J. Poehnelt,
 * "Exploring Apps Script CacheService Limits"); the exact text is recalled from public Q&A, not
 * confirmed [P].
 */
export const CACHE_MESSAGES = {
  keyTooLarge: 'Argument too large: key',
  valueTooLarge: 'Argument too large: value',
} as const;

/**
 * Models the three caches, each keyed by scope in `state.cache`: 'script', 'user:<email>',
 * 'document:<id>'. Not modelled: the 1,000-item cap with its early evictions (Rapport must not rely
 * on the cache for correctness anyway).
 */
export function createCacheService(ctx: ServiceContext): LocalCacheService {
  return {
    getDocumentCache() {
      ctx.exec.call('CacheService.getDocumentCache');
      const documentId = ctx.state.activeSpreadsheetId;
      return documentId === null ? null : cacheFor(ctx, `document:${documentId}`);
    },
    getScriptCache() {
      ctx.exec.call('CacheService.getScriptCache');
      return cacheFor(ctx, 'script');
    },
    getUserCache() {
      ctx.exec.call('CacheService.getUserCache');
      return cacheFor(ctx, `user:${ctx.user}`);
    },
  };
}

function cacheFor(ctx: ServiceContext, scope: string): Cache {
  const call = (method: string) => ctx.exec.call(`CacheService.${method}`);
  /** The scope's entries with expired ones dropped, so state keeps only what is still cached. */
  const live = (): Record<string, CacheEntryState> => {
    const entries = (ctx.state.cache[scope] ??= {});
    for (const [key, entry] of Object.entries(entries)) if (entry.expiresAt <= ctx.state.clock.now) delete entries[key];
    return entries;
  };
  const read = (key: string): string | null => live()[String(key)]?.value ?? null;
  const write = (values: Record<string, unknown>, seconds: number | undefined) => {
    const expiresAt = ctx.state.clock.now + expirySeconds(seconds) * 1000;
    const checked = Object.entries(values).map(([key, value]) => checkedEntry(key, value));
    const entries = live();
    for (const [key, value] of checked) entries[key] = { value, expiresAt };
  };
  return {
    get(key) {
      call('get');
      return read(key);
    },
    getAll(keys) {
      call('getAll');
      const found: Record<string, string> = {};
      for (const key of keys) {
        const value = read(key);
        if (value !== null) found[key] = value;
      }
      return found;
    },
    put(key: string, value: string, expirationInSeconds?: number) {
      call('put');
      write({ [key]: value }, expirationInSeconds);
    },
    putAll(values: Record<string, unknown>, expirationInSeconds?: number) {
      call('putAll');
      write(values, expirationInSeconds);
    },
    remove(key) {
      call('remove');
      delete live()[String(key)];
    },
    removeAll(keys) {
      call('removeAll');
      const entries = live();
      for (const key of keys) delete entries[String(key)];
    },
  };
}

/**
 * Over the maximum is held to the maximum (the reference page gives 21600 s as the longest
 * time); a missing, zero or negative expiration gets the default (Poehnelt found a negative one
 * "ignored") [U for the exact rule].
 */
function expirySeconds(requested: number | undefined): number {
  if (requested === undefined || !(requested > 0)) return CACHE_DEFAULT_SECONDS;
  return Math.min(requested, CACHE_MAX_SECONDS);
}

/** Values are coerced to strings (Poehnelt: "Coerces types to strings"); limits checked before anything is stored. */
function checkedEntry(key: string, value: unknown): [string, string] {
  const text = String(value);
  if (String(key).length > CACHE_KEY_MAX_CHARS) throw appsScriptError(CACHE_MESSAGES.keyTooLarge);
  if (utf8Bytes(text) > CACHE_VALUE_MAX_BYTES) throw appsScriptError(CACHE_MESSAGES.valueTooLarge);
  return [String(key), text];
}
