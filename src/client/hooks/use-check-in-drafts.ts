// Check-in drafts by student, held by the Student tab so a half-typed note outlives the form (which unmounts when no student is selected).
import { useState } from 'preact/hooks';
import { EMPTY_DRAFT, type CheckInDraft } from '../logic/validation';

interface StudentDraft {
  name: string;
  draft: CheckInDraft;
}

export interface CheckInDrafts {
  draftFor(studentId: string): CheckInDraft;
  update(student: { id: string; name: string }, change: Partial<CheckInDraft>): void;
  /** Forgets a student's draft once it is logged. */
  clear(studentId: string): void;
  /** Students with a note or follow-up date typed and not yet logged, in the order they were started. */
  unsentNames: string[];
}

export function useCheckInDrafts(): CheckInDrafts {
  const [drafts, setDrafts] = useState<Record<string, StudentDraft>>({});
  return {
    draftFor: (studentId) => drafts[studentId]?.draft ?? EMPTY_DRAFT,
    update: (student, change) =>
      setDrafts((all) => ({ ...all, [student.id]: { name: student.name, draft: { ...(all[student.id]?.draft ?? EMPTY_DRAFT), ...change } } })),
    clear: (studentId) => setDrafts(({ [studentId]: _logged, ...rest }) => rest),
    unsentNames: Object.values(drafts)
      .filter(({ draft }) => draft.note.trim() !== '' || draft.followUp !== '')
      .map(({ name }) => name),
  };
}
