// Logs a check-in for the selected student: pick a kind, click "Log check-in". The draft survives failures.
import { useRef, useState } from 'preact/hooks';
import { CHECK_IN_KINDS } from '../../core/vocabulary';
import type { CheckInKind, SidebarState, StudentCard } from '../../shared/rpc';
import type { CheckInDrafts } from '../hooks/use-check-in-drafts';
import { useCheckedSubmit } from '../hooks/use-checked-submit';
import type { SortedProblems } from '../logic/problems';
import { toCheckInInput, validateCheckIn, type CheckInDraft } from '../logic/validation';
import { callServer } from '../rpc';
import { CardForm } from './CardForm';
import { Field } from './Field';

const FIELDS = { kind: [], note: [], followUp: ['followupdate', 'followupon'] } as const;
const NO_PROBLEMS: SortedProblems<keyof typeof FIELDS> = { byField: {}, general: [] };

interface CheckInFormProps {
  student: StudentCard;
  /** Drafts by student id: the selection may move while typing, and each note must stay with its student. */
  drafts: CheckInDrafts;
  onLogged: (state: SidebarState, studentName: string) => void;
}

export function CheckInForm({ student, drafts, onLogged }: CheckInFormProps) {
  // Said under the button: the sidebar's status line is out of view once the teacher has scrolled down to this form.
  const [confirmation, setConfirmation] = useState('');
  const checked = useCheckedSubmit<keyof typeof FIELDS, SidebarState>(FIELDS);
  // Problems and a failed call belong to the student whose check-in was sent: once the selection moves on, they would be untrue.
  const [sentFor, setSentFor] = useState<string | null>(null);
  const followUpInput = useRef<HTMLInputElement>(null);
  const submission = sentFor === student.id ? checked : { ...checked, error: null, problems: NO_PROBLEMS };
  const { problems } = submission;
  const draft = drafts.draftFor(student.id);
  const update = (change: Partial<CheckInDraft>) => {
    drafts.update(student, change);
    setConfirmation('');
  };

  const send = () => {
    const studentId = student.id;
    const name = student.name;
    setSentFor(studentId);
    checked.submit(
      validateCheckIn(draft, followUpInput.current?.validity.badInput ?? false),
      () => callServer('logCheckIn', toCheckInInput(studentId, draft)),
      (state) => {
        drafts.clear(studentId);
        setConfirmation(`Check-in with ${name} logged.`);
        onLogged(state, name);
      },
    );
  };

  return (
    <CardForm
      headingId="check-in-heading"
      heading={<>Log a check-in with {student.name}</>}
      submission={submission}
      submitLabel="Log check-in"
      busyLabel="Logging…"
      failure="Could not log the check-in; your note is kept"
      onSend={send}
      confirmation={confirmation}
    >
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
          <input {...props} ref={followUpInput} type="date" value={draft.followUp} onInput={(e) => update({ followUp: e.currentTarget.value })} />
        )}
      />
    </CardForm>
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
