// Tests parsing and remembering the dashboard's window.
import { DEFAULT_WINDOW_DAYS, loadWindowDays, parseWindowDays, saveWindowDays, type KeyValueStore } from '../../../src/client/logic/window-days';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

const throwingStore: KeyValueStore = {
  getItem: () => {
    throw new Error('SecurityError: storage is blocked');
  },
  setItem: () => {
    throw new Error('SecurityError: storage is blocked');
  },
};

describe('window days', () => {
  test('parseWindowDays accepts whole numbers from 1 to 365 only', () => {
    expect(parseWindowDays('14')).toBe(14);
    expect(parseWindowDays(' 30 ')).toBe(30);
    expect(parseWindowDays('365')).toBe(365);
    for (const bad of ['0', '366', '1.5', '-3', '', 'two weeks', '1e2']) expect(parseWindowDays(bad)).toBeNull();
  });

  test('a saved window loads back; nothing saved gives the default', () => {
    const store = memoryStore();
    expect(loadWindowDays(store)).toBe(DEFAULT_WINDOW_DAYS);
    saveWindowDays(store, 30);
    expect(loadWindowDays(store)).toBe(30);
  });

  test('a corrupted saved value gives the default', () => {
    const store = memoryStore();
    store.setItem('rapport.windowDays', 'lots');
    expect(loadWindowDays(store)).toBe(DEFAULT_WINDOW_DAYS);
  });

  test('blocked or missing storage never breaks the sidebar', () => {
    expect(loadWindowDays(throwingStore)).toBe(DEFAULT_WINDOW_DAYS);
    expect(() => saveWindowDays(throwingStore, 30)).not.toThrow();
    expect(loadWindowDays(null)).toBe(DEFAULT_WINDOW_DAYS);
  });
});
