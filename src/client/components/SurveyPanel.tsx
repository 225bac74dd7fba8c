// The Survey tab: review and create the interest survey, see who answered per section, resolve conflicts, remind those who have not answered.
import { useState } from 'preact/hooks';
import type { Problem, Result, SurveyChaseReport, SurveyConflict, SurveyState } from '../../shared/rpc';
import { useServerCall } from '../hooks/use-server-call';
import { chaseSummary } from '../logic/survey-status';
import { callServer } from '../rpc';
import { BusyButton } from './BusyButton';
import { ErrorNotice } from './ErrorNotice';
import { PanelLoading } from './PanelLoading';
import { SafeLink } from './SafeLink';
import { SurveyConflicts } from './SurveyConflicts';
import { SurveyEditor } from './SurveyEditor';
import { SurveyProgress } from './SurveyProgress';
import { useLoadWhenShown } from '../hooks/use-load-when-shown';

interface SurveyPanelProps {
  /** True while its tab is shown: the state is loaded the first time it is. */
  active: boolean;
  onStatus: (message: string) => void;
}

function ProblemList({ problems }: { problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <div class="notice notice-error" role="alert">
      {problems.map((p) => (
        <p key={p.message}>
          {p.column ? `${p.column}: ` : ''}
          {p.message}
        </p>
      ))}
    </div>
  );
}

export function SurveyPanel({ active, onStatus }: SurveyPanelProps) {
  const [state, setState] = useState<SurveyState | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [editing, setEditing] = useState(false);
  const load = useServerCall<SurveyState>();
  const action = useServerCall<Result<unknown>>();

  const reload = () => void load.run(() => callServer('getSurveyState'), setState);
  useLoadWhenShown(active, state !== null, load.busy, reload);

  /** Runs an action; on success says `done(value)` and reloads (or takes the state it returned). */
  const act = <T,>(start: () => Promise<Result<T>>, done: (value: T) => string) =>
    void action.run(start as () => Promise<Result<unknown>>, (result) => {
      if (!result.ok) {
        setProblems(result.problems);
        return;
      }
      setProblems([]);
      onStatus(done(result.value as T));
      if (result.value && typeof result.value === 'object' && 'sections' in result.value) setState(result.value as SurveyState);
      else reload();
    });

  if (state === null) return <PanelLoading load={load} what="the survey" />;
  const busy = action.busy || load.busy;
  const survey = state.survey;
  const resolve = (c: SurveyConflict, decision: 'accept' | 'dismiss') =>
    act(() => callServer('resolveSurveyConflict', c.studentId, c.column, decision), () => (decision === 'accept' ? `${c.columnHeader} now holds ${c.studentName}'s answer.` : `Kept your ${c.columnHeader} for ${c.studentName}.`));
  return (
    <div class="survey-panel">
      <ProblemList problems={[...state.problems, ...problems]} />
      <ErrorNotice message={action.error} action="Could not finish that" onRetry={action.retry} busy={busy} />
      {(!survey || editing) && (
        <>
          <p>{survey ? 'A new, shorter check-in survey keeps its own questions; the first one keeps working.' : 'Review the questions, choose where each answer goes, then create the Google Form.'}</p>
          <SurveyEditor
            initial={state.defaultQuestions}
            columns={state.columns}
            busy={busy}
            onCreate={(questions, requestId) =>
              act(() => callServer('createSurvey', questions, requestId), () => {
                setEditing(false);
                return 'Survey created.';
              })
            }
          />
        </>
      )}
      {survey && !editing && (
        <>
          <h2>{survey.title}</h2>
          <p>
            <SafeLink url={survey.url} text="Link for students" /> · <SafeLink url={survey.editUrl} text="Edit the Form" />
          </p>
          <SurveyProgress sections={state.sections} />
          <SurveyConflicts conflicts={state.conflicts} busy={busy} onResolve={resolve} />
          {survey.unmapped.length > 0 && (
            <p class="nudge">Answers kept in the Form only (no column): {survey.unmapped.map((q) => `"${q.title}"`).join(', ')}.</p>
          )}
          <details>
            <summary>Questions and where their answers go</summary>
            <ul class="plain-list">
              {survey.questions.map((q) => (
                <li key={q.itemId}>
                  {q.title} → {q.deleted ? 'deleted from the Form' : (q.columnHeader ?? 'the Form only')}
                </li>
              ))}
            </ul>
          </details>
          <BusyButton class="primary" busy={busy} onClick={() => act(() => callServer('emailSurveyToNonResponders'), (report: SurveyChaseReport) => chaseSummary(report))}>
            Email the link to students who have not answered
          </BusyButton>
          <BusyButton class="secondary" busy={busy} onClick={() => act(() => callServer('syncSurveyResponses'), (r: { merged: number; more: boolean }) => `${r.merged} new response${r.merged === 1 ? '' : 's'} merged${r.more ? '; more are waiting, sync again' : ''}.`)}>
            Check for new responses
          </BusyButton>
          <button type="button" class="text-button" onClick={() => setEditing(true)}>
            Create another survey
          </button>
        </>
      )}
      {state.notices.length > 0 && (
        <details class="run-notes">
          <summary>Survey notices ({state.notices.length})</summary>
          <ul class="plain-list">
            {state.notices.map((n) => (
              <li key={n.at + n.message}>{n.message}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
