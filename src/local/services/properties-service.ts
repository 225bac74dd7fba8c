// The local PropertiesService: document, user and script stores of strings, with Apps Script's size limits.
import type { ServiceContext } from '../runtime/context';
import { appsScriptError, MESSAGES } from '../runtime/errors';
import { PROPERTIES_SCOPE, requireAuthMode } from './authorization';
import { KB, utf8Bytes } from './byte-size';

type Properties = GoogleAppsScript.Properties.Properties;
type Store = Record<string, string>;

/** Where one store lives in the state: read it (absent until first written), or replace it. */
interface StoreSlot {
  read(): Store | undefined;
  replace(next: Store): void;
}

/** Apps Script's PropertiesService, except that getDocumentProperties is null outside a document. */
export interface LocalPropertiesService {
  getDocumentProperties(): Properties | null;
  getScriptProperties(): Properties;
  getUserProperties(): Properties;
}

/**
 * Google's quotas page: "Properties value size 9 KB / val" and "Properties total storage
 * 500 KB / property store". Whether keys count toward the store total is not documented [U]:
 * they are counted here, the stricter reading.
 */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * KB;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * KB;

/**
 * Models the three stores: script (one per script), user (one per user of the script, keyed by
 * email) and document (one per document the add-on runs in). getDocumentProperties returns null
 * when there is no document, as the reference page says for scripts not bound to one. None of
 * them is available in AuthMode.NONE (an add-on's onOpen in a document where it is not enabled).
 */
export function createPropertiesService(ctx: ServiceContext): LocalPropertiesService {
  const { properties } = ctx.state;
  return {
    getDocumentProperties() {
      ctx.exec.call('PropertiesService.getDocumentProperties');
      requireAuthMode(ctx, 'LIMITED', 'PropertiesService.getDocumentProperties', PROPERTIES_SCOPE);
      const documentId = ctx.state.activeSpreadsheetId;
      if (documentId === null) return null;
      return propertiesOver(ctx, {
        read: () => properties.document[documentId],
        replace: (next) => (properties.document[documentId] = next),
      });
    },
    getScriptProperties() {
      ctx.exec.call('PropertiesService.getScriptProperties');
      requireAuthMode(ctx, 'LIMITED', 'PropertiesService.getScriptProperties', PROPERTIES_SCOPE);
      return propertiesOver(ctx, { read: () => properties.script, replace: (next) => (properties.script = next) });
    },
    getUserProperties() {
      ctx.exec.call('PropertiesService.getUserProperties');
      requireAuthMode(ctx, 'LIMITED', 'PropertiesService.getUserProperties', PROPERTIES_SCOPE);
      return propertiesOver(ctx, {
        read: () => properties.user[ctx.user],
        replace: (next) => (properties.user[ctx.user] = next),
      });
    },
  };
}

/**
 * One store's Properties object. Values are stored as strings (Apps Script calls String() on what
 * it is given). A write that would break a limit throws the quota message and changes nothing.
 */
function propertiesOver(ctx: ServiceContext, slot: StoreSlot): Properties {
  const call = (method: string) => ctx.exec.call(`PropertiesService.${method}`);
  const store = (): Store => slot.read() ?? {};
  const commit = (next: Store) => {
    assertWithinLimits(next);
    slot.replace(next);
  };
  const self: Properties = {
    getProperty(key) {
      call('getProperty');
      const value = store()[String(key)];
      return value === undefined ? null : value;
    },
    getProperties() {
      call('getProperties');
      return { ...store() };
    },
    getKeys() {
      call('getKeys');
      return Object.keys(store());
    },
    setProperty(key, value) {
      call('setProperty');
      commit({ ...store(), [String(key)]: String(value) });
      return self;
    },
    setProperties(values: Record<string, unknown>, deleteAllOthers = false) {
      call('setProperties');
      const base = deleteAllOthers ? {} : { ...store() };
      for (const [key, value] of Object.entries(values)) base[key] = String(value);
      commit(base);
      return self;
    },
    deleteProperty(key) {
      call('deleteProperty');
      const next = { ...store() };
      delete next[String(key)];
      commit(next);
      return self;
    },
    deleteAllProperties() {
      call('deleteAllProperties');
      commit({});
      return self;
    },
  };
  return self;
}

function assertWithinLimits(store: Store): void {
  let total = 0;
  for (const [key, value] of Object.entries(store)) {
    const valueBytes = utf8Bytes(value);
    if (valueBytes > PROPERTY_VALUE_LIMIT_BYTES) throw appsScriptError(MESSAGES.propertyQuota);
    total += utf8Bytes(key) + valueBytes;
  }
  if (total > PROPERTY_STORE_LIMIT_BYTES) throw appsScriptError(MESSAGES.propertyQuota);
}
