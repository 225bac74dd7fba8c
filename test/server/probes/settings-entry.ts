// Entry points over the chunked values of the settings store, bundled by test/server/settings-store.test.ts as the add-on is, until a feature calls them.
import { deleteChunkedValue, readChunkedValue, saveChunkedValue } from '../../../src/server/settings-store';

export function saveChunked(key: string, text: string) {
  return saveChunkedValue(key, text);
}

export function readChunked(key: string) {
  return readChunkedValue(key);
}

export function deleteChunked(key: string) {
  deleteChunkedValue(key);
}
