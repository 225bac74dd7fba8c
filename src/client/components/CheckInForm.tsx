// Logs a check-in for the selected student: pick a kind, click "Log check-in". The draft survives failures.
import { useState } from 'preact/hooks';
import { CHECK_IN_KINDS, type CheckInKind, type Result, type SidebarState, type StudentCard } from '../../shared/rpc';
import { useServerCall } from '../hooks/use-server-call';
import { sortProblems, type SortedProblems } from '../logic/problems';
import { EMPTY_DRAFT, toCheckInInput, validateCheckIn, type CheckInDraft } from '../logic/validation';
import { callServer } from '../rpc';
import { ErrorNotice } from './ErrorNotice';
import { Field } from './Field';
import { GeneralProblems } from './GeneralProblems';

const FIELDS = { kind: [], note: [], followUp: ['followupdate', 'followupon'] } as const;
type CheckInField = keyof typeof FIELDS;
const NO_PROBLEMS: SortedProblems<CheckInField> = { byField: {}, general: [] };

interface CheckInFormProps {
  student: StudentCard;
  windowDays: number;
  onLogged: (state: SidebarState, studentName: string) => void;
}

export function CheckInForm({ student, windowDays, onLogged }: CheckInFormProps) {
  // Drafts by student id: the selection may move while typing, and each note must stay with its student.
  const [drafts, setDrafts] = useState<Record<string, CheckInDraft>>({});
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const call = useServerCall<Result<SidebarState>>();
  const draft = drafts[student.id] ?? EMPTY_DRAFT;
  const update = (change: Partial<CheckInDraft>) => setDrafts((all) => ({ ...all, [student.id]: { ...(all[student.id] ?? EMPTY_DRAFT), ...change } }));

  const send = () => {
    const local = validateCheckIn(draft);
    setProblems(sortProblems(local, FIELDS));
    if (local.length > 0) return;
    const studentId = student.id;
    const name = student.name;
    void call.run(
      () => callServer('logCheckIn', toCheckInInput(studentId, draft), windowDays),
      (result) => {
        if (!result.ok) {
          setProblems(sortProblems(result.problems, FIELDS));
          return;
        }
        setDrafts(({ [studentId]: _logged, ...rest }) => rest);
        setProblems(NO_PROBLEMS);
        onLogged(result.value, name);
      },
    );
  };

  const submit = (event: Event) => {
    event.preventDefault();
    send();
  };

  return (
    <form class="card" aria-labelledby="check-in-heading" aria-busy={call.busy} onSubmit={submit} noValidate>
      <h2 id="check-in-heading">Log a check-in with {student.name}</h2>
      <GeneralProblems problems={problems.general} />
      <fieldset class="kinds" {...(problems.byField.kind ? { 'aria-describedby': 'check-in-kind-problems' } : {})}>
        <legend>Kind</legend>
        {CHECK_IN_KINDS.map((kind) => (
          <KindOption key={kind} kind={kind} checked={draft.kind === kind} onChange={() => update({ kind })} />
        ))}
      </fieldset>
      {problems.byField.kind && (
        <p class="field-problems" id="check-in-kind-problems">
          {problems.byField.kind.join(' ')}
        </p>
      )}
      <Field
        id="check-in-note"
        label="Note"
        problems={problems.byField.note}
        control={(props) => (
          <textarea {...props} rows={3} value={draft.note} onInput={(e) => update({ note: e.currentTarget.value })} />
        )}
      />
      <Field
        id="check-in-follow-up"
        label="Follow up on (optional)"
        problems={problems.byField.followUp}
        control={(props) => (
          <input {...props} type="date" value={draft.followUp} onInput={(e) => update({ followUp: e.currentTarget.value })} />
        )}
      />
      <button type="submit" class="primary" disabled={call.busy}>
        {call.busy ? 'Logging…' : 'Log check-in'}
      </button>
      <ErrorNotice message={call.error} action="Could not log the check-in; your note is kept" onRetry={send} busy={call.busy} />
    </form>
  );
}

function KindOption({ kind, checked, onChange }: { kind: CheckInKind; checked: boolean; onChange: () => void }) {
  const id = `check-in-kind-${kind.replace(/\W+/g, '-')}`;
  return (
    <span class="toggle">
      <input type="radio" name="check-in-kind" id={id} value={kind} checked={checked} onChange={onChange} />
      <label for={id}>{kind}</label>
    </span>
  );
}
