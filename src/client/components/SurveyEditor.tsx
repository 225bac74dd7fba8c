// The survey's questions before the Form is made: retitle, choose each one's Students column, reorder, remove, add.
import { useState } from 'preact/hooks';
import type { SurveyColumnOption, SurveyQuestion } from '../../shared/rpc';
import { addQuestion, columnChoices, moveQuestion, removeQuestion, updateQuestion } from '../logic/survey-questions';
import { ensureRequestId } from '../logic/request-id';
import { BusyButton } from './BusyButton';

interface SurveyEditorProps {
  initial: readonly SurveyQuestion[];
  columns: readonly SurveyColumnOption[];
  busy: boolean;
  /** The questions and the draft's request id: the same until the questions change, so a retry is recognised. */
  onCreate: (questions: SurveyQuestion[], requestId: string) => void;
}

const FORM_ONLY = '';

export function SurveyEditor({ initial, columns, busy, onCreate }: SurveyEditorProps) {
  const [draft, setDraft] = useState<{ questions: SurveyQuestion[]; requestId: string }>(() => ({ questions: initial.map((q) => ({ ...q, choices: [...q.choices] })), requestId: '' }));
  const questions = draft.questions;
  /** An edit makes the draft a new request. */
  const setQuestions = (next: SurveyQuestion[]) => setDraft({ questions: next, requestId: '' });
  return (
    <form
      class="survey-editor"
      onSubmit={(event) => {
        event.preventDefault();
        const sending = ensureRequestId(draft);
        setDraft(sending);
        onCreate(sending.questions, sending.requestId);
      }}
    >
      <ol class="survey-questions">
        {questions.map((question, i) => {
          const id = `survey-q${i}`;
          return (
            <li key={i} class="survey-question">
              <label for={`${id}-title`}>Question {i + 1}</label>
              <input id={`${id}-title`} type="text" maxLength={300} value={question.title} onInput={(e) => setQuestions(updateQuestion(questions, i, { title: e.currentTarget.value }))} />
              {(question.kind === 'text' || question.kind === 'paragraph') && (
                <>
                  <label for={`${id}-kind`}>Answer box</label>
                  <select id={`${id}-kind`} value={question.kind} onChange={(e) => setQuestions(updateQuestion(questions, i, { kind: e.currentTarget.value as 'text' | 'paragraph' }))}>
                    <option value="text">Short answer</option>
                    <option value="paragraph">Long answer</option>
                  </select>
                </>
              )}
              {question.kind === 'checkbox' && <p class="hint">Boxes: {question.choices.join(', ')}</p>}
              {question.kind === 'yesNo' && <p class="hint">Answered Yes or No</p>}
              <label for={`${id}-column`}>Answer goes to</label>
              <select id={`${id}-column`} value={question.column ?? FORM_ONLY} onChange={(e) => setQuestions(updateQuestion(questions, i, { column: e.currentTarget.value || null }))}>
                <option value={FORM_ONLY}>The Form only (no column)</option>
                {columnChoices(questions, i, columns).map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.header}
                  </option>
                ))}
              </select>
              <div class="checkbox-field">
                <input id={`${id}-required`} type="checkbox" checked={question.required} onChange={(e) => setQuestions(updateQuestion(questions, i, { required: e.currentTarget.checked }))} />
                <label for={`${id}-required`}>Required</label>
              </div>
              <div class="question-actions">
                <button type="button" class="secondary" aria-label={`Move question ${i + 1} up`} disabled={i === 0} onClick={() => setQuestions(moveQuestion(questions, i, -1))}>
                  ↑
                </button>
                <button type="button" class="secondary" aria-label={`Move question ${i + 1} down`} disabled={i === questions.length - 1} onClick={() => setQuestions(moveQuestion(questions, i, 1))}>
                  ↓
                </button>
                <button type="button" class="secondary" aria-label={`Remove question ${i + 1}`} onClick={() => setQuestions(removeQuestion(questions, i))}>
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" class="secondary" onClick={() => setQuestions(addQuestion(questions))}>
        Add a question
      </button>
      <BusyButton class="primary" type="submit" busy={busy}>
        Create the Form
      </BusyButton>
    </form>
  );
}
