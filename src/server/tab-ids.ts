// Remembers each Rapport tab's sheet id in the document's properties, so a tab the teacher renames is still found.
import type { TabKey } from '../core/schema';

const PROPERTY = 'rapport.tabIds';

export type TabIds = Partial<Record<TabKey, number>>;

/** The ids saved at set-up; {} before the first set-up or if the property was damaged. */
export function rememberedTabIds(): TabIds {
  const text = PropertiesService.getDocumentProperties().getProperty(PROPERTY);
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as TabIds) : {};
  } catch {
    return {};
  }
}

/** Saves the ids with one property write, and only when they changed. */
export function rememberTabIds(previous: TabIds, current: TabIds): void {
  if (JSON.stringify(previous) === JSON.stringify(current)) return;
  PropertiesService.getDocumentProperties().setProperty(PROPERTY, JSON.stringify(current));
}
