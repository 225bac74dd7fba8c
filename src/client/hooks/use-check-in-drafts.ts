// Check-in drafts by student, held by the Student tab so a half-typed note outlives the form (which unmounts when no student is selected).
import { useState } from 'preact/hooks';
import { ensureRequestId } from '../logic/request-id';
import { EMPTY_DRAFT, type CheckInDraft } from '../logic/validation';

interface StudentDraft {
  name: string;
  draft: CheckInDraft;
}

export interface CheckInDrafts {
  draftFor(studentId: string): CheckInDraft;
  /** Changes what the draft says, which makes it a new request (its request id is cleared). */
  update(student: { id: string; name: string }, change: Partial<CheckInDraft>): void;
  /** The draft as it is sent: with a request id, made now and kept with the draft if it had none. */
  forSending(student: { id: string; name: string }): CheckInDraft;
  /** Forgets a student's draft once it is logged. */
  clear(studentId: string): void;
  /** Students with a note or follow-up date typed and not yet logged, in the order they were started. */
  unsentNames: string[];
}

export function useCheckInDrafts(): CheckInDrafts {
  const [drafts, setDrafts] = useState<Record<string, StudentDraft>>({});
  const draftFor = (studentId: string) => drafts[studentId]?.draft ?? EMPTY_DRAFT;
  const store = (student: { id: string; name: string }, change: Partial<CheckInDraft>) =>
    setDrafts((all) => ({ ...all, [student.id]: { name: student.name, draft: { ...(all[student.id]?.draft ?? EMPTY_DRAFT), ...change } } }));
  return {
    draftFor,
    update: (student, change) => store(student, { ...change, requestId: '' }),
    forSending: (student) => {
      const draft = ensureRequestId(draftFor(student.id));
      store(student, { requestId: draft.requestId });
      return draft;
    },
    clear: (studentId) => setDrafts(({ [studentId]: _logged, ...rest }) => rest),
    unsentNames: Object.values(drafts)
      .filter(({ draft }) => draft.note.trim() !== '' || draft.followUp !== '')
      .map(({ name }) => name),
  };
}
