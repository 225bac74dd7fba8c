// A created survey as the settings store keeps it: the Form, and each item's id, entry id, title and column.
import { SURVEY_QUESTION_KINDS, type SurveyQuestionKind } from './types';
import { mergeRule } from './questions';

export interface SurveyItem {
  /** FormApp's item id: answers are mapped by it, never by title or position. */
  itemId: number;
  /** The `entry.N` of a pre-filled link (not the item id); read from a link FormApp built. */
  entryId: string;
  /** The title when the survey was created; the Form's current title is read from the Form. */
  title: string;
  kind: SurveyQuestionKind;
  column: string | null;
}

export interface SurveyDefinition {
  formId: string;
  title: string;
  url: string;
  editUrl: string;
  createdAt: string;
  /** The sidebar's request id that created it ('' when none was sent): a retry of that request answers with this survey. */
  requestId: string;
  items: SurveyItem[];
  /**
   * Every response submitted before this moment (ms) has been merged or reported. Responses are
   * read from a while before it (see merge-responses.ts), the row records telling what was merged.
   */
  mergedThrough: number | null;
  /** The Form's pre-filled link with marker names (prefill-template.ts), built once when the survey was made; absent for older surveys. */
  prefillTemplate?: string;
}

function isItem(raw: unknown): raw is SurveyItem {
  const item = raw as SurveyItem;
  return (
    !!item &&
    typeof item.itemId === 'number' &&
    typeof item.entryId === 'string' &&
    typeof item.title === 'string' &&
    SURVEY_QUESTION_KINDS.includes(item.kind) &&
    (item.column === null || mergeRule(item.column) !== null)
  );
}

/** A stored survey read back, or null when it is damaged (a hand-edited property): never a wrong mapping. */
export function parseDefinition(raw: unknown): SurveyDefinition | null {
  const d = raw as SurveyDefinition;
  if (!d || typeof d !== 'object') return null;
  const texts = [d.formId, d.title, d.url, d.editUrl, d.createdAt];
  if (!texts.every((t) => typeof t === 'string') || !Array.isArray(d.items) || !d.items.every(isItem)) return null;
  const mergedThrough = typeof d.mergedThrough === 'number' && Number.isFinite(d.mergedThrough) ? d.mergedThrough : null;
  const requestId = typeof d.requestId === 'string' ? d.requestId : '';
  const survey: SurveyDefinition = { formId: d.formId, title: d.title, url: d.url, editUrl: d.editUrl, createdAt: d.createdAt, requestId, items: d.items.map((i) => ({ ...i })), mergedThrough };
  if (typeof d.prefillTemplate === 'string' && d.prefillTemplate !== '') survey.prefillTemplate = d.prefillTemplate;
  return survey;
}
