// CacheService: per-scope caches whose entries expire on the virtual clock, with key and value limits.
import {
  CACHE_KEY_MAX_CHARS,
  CACHE_MAX_SECONDS,
  CACHE_MESSAGES,
  CACHE_VALUE_MAX_BYTES,
  createCacheService,
} from '../../../src/local/services/cache-service';
import type { ServiceContext } from '../../../src/local/runtime/context';
import { anotherExecution, laterExecution, newServiceContext, thrownBy, ZERO_LATENCY } from '../helpers/service-context';

/** The script cache as a new execution sees it `seconds` later. */
function scriptCacheLater(ctx: ServiceContext, seconds: number) {
  return createCacheService(laterExecution(ctx, seconds * 1000)).getScriptCache();
}

describe('CacheService', () => {
  it('puts and gets strings; a missing key is null', () => {
    const cache = createCacheService(newServiceContext()).getScriptCache();
    expect(cache.get('k')).toBeNull();
    cache.put('k', 'v');
    cache.put('n', 7 as unknown as string);
    expect(cache.get('k')).toBe('v');
    expect(cache.get('n')).toBe('7');
  });

  it('expires entries after 600 s by default, on the virtual clock', () => {
    const ctx = newServiceContext({ latency: ZERO_LATENCY });
    createCacheService(ctx).getScriptCache().put('k', 'v');
    expect(scriptCacheLater(ctx, 599).get('k')).toBe('v');
    expect(scriptCacheLater(ctx, 1).get('k')).toBeNull();
    expect(ctx.state.cache.script).toEqual({});
  });

  it('honours a given expiration and holds it to 6 hours at most', () => {
    const ctx = newServiceContext({ latency: ZERO_LATENCY });
    const cache = createCacheService(ctx).getScriptCache();
    cache.put('short', 'v', 30);
    cache.put('long', 'v', 100_000);
    expect(scriptCacheLater(ctx, 31).get('short')).toBeNull();
    expect(scriptCacheLater(ctx, CACHE_MAX_SECONDS - 60).get('long')).toBe('v');
    expect(scriptCacheLater(ctx, 60).get('long')).toBeNull();
  });

  it('putAll, getAll (found keys only), remove and removeAll', () => {
    const cache = createCacheService(newServiceContext()).getScriptCache();
    cache.putAll({ a: '1', b: '2', c: '3' });
    expect(cache.getAll(['a', 'b', 'zz'])).toEqual({ a: '1', b: '2' });
    cache.remove('a');
    cache.removeAll(['b', 'c']);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({});
  });

  it('keeps the user cache per user, shares the script cache, and has no document cache outside a document', () => {
    const teacher = newServiceContext({ user: 'teacher@example.edu' });
    const coTeacher = anotherExecution(teacher, 'co@example.edu');
    createCacheService(teacher).getUserCache().put('draft', 'mine');
    createCacheService(teacher).getScriptCache().put('shared', 'yes');
    createCacheService(teacher).getDocumentCache()!.put('doc', 'yes');
    expect(createCacheService(coTeacher).getUserCache().get('draft')).toBeNull();
    expect(createCacheService(coTeacher).getScriptCache().get('shared')).toBe('yes');
    expect(createCacheService(coTeacher).getDocumentCache()!.get('doc')).toBe('yes');
    teacher.state.activeSpreadsheetId = null;
    expect(createCacheService(teacher).getDocumentCache()).toBeNull();
  });

  it('rejects a value over 100 KB and a key over 250 characters, storing nothing from that call', () => {
    const cache = createCacheService(newServiceContext()).getScriptCache();
    cache.put('fits', 'x'.repeat(CACHE_VALUE_MAX_BYTES));
    const bigValue = thrownBy(() => cache.putAll({ ok: 'small', big: 'x'.repeat(CACHE_VALUE_MAX_BYTES + 1) }));
    expect(bigValue).toMatchObject({ name: 'Exception', message: CACHE_MESSAGES.valueTooLarge });
    expect(cache.get('ok')).toBeNull();
    const longKey = thrownBy(() => cache.put('k'.repeat(CACHE_KEY_MAX_CHARS + 1), 'v'));
    expect(longKey).toMatchObject({ name: 'Exception', message: CACHE_MESSAGES.keyTooLarge });
    expect(cache.get('fits')).toHaveLength(CACHE_VALUE_MAX_BYTES);
  });

  it('counts calls by method name', () => {
    const ctx = newServiceContext();
    const cache = createCacheService(ctx).getUserCache();
    cache.put('k', 'v');
    cache.get('k');
    expect(ctx.exec.calls).toMatchObject({ 'CacheService.getUserCache': 1, 'CacheService.put': 1, 'CacheService.get': 1 });
  });
});
