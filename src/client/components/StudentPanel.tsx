// The Student tab: the selected student's card, a refresh button, and the check-in form.
import type { SidebarState, StudentCard as Card } from '../../shared/rpc';
import { useCheckInDrafts } from '../hooks/use-check-in-drafts';
import { listOf } from '../logic/format';
import { BusyButton } from './BusyButton';
import { CheckInForm } from './CheckInForm';
import { ErrorNotice } from './ErrorNotice';
import { StudentCard } from './StudentCard';

interface StudentPanelProps {
  card: Card | null;
  /** No students at all: asking the teacher to select a row would leave them stuck. */
  rosterEmpty: boolean;
  /** 'YYYY-MM-DD' in the spreadsheet's zone, when the dashboard knows it. */
  today?: string;
  refreshing: boolean;
  selectionError: string | null;
  onRefresh: () => void;
  onLogged: (state: SidebarState, studentName: string) => void;
}

export function StudentPanel({ card, rosterEmpty, today, refreshing, selectionError, onRefresh, onLogged }: StudentPanelProps) {
  // Held here, not in the form: the form unmounts while the selection is off the roster, and a note must not go with it.
  const drafts = useCheckInDrafts();
  return (
    <div aria-busy={refreshing}>
      <div class="toolbar">
        <p class="meta">Follows the row you select in the sheet.</p>
        <BusyButton class="secondary" onClick={onRefresh} busy={refreshing}>
          Refresh
        </BusyButton>
      </div>
      <ErrorNotice message={selectionError} action="Could not read the selected row" onRetry={onRefresh} busy={refreshing} />
      {card === null ? (
        <div class="card empty-state">
          <p>{rosterEmpty ? 'No students yet. Add your students to the Students tab, one per row; a student’s card shows here when you select their row.' : "Select a student's row in the Students tab."}</p>
          {drafts.unsentNames.length > 0 && (
            <p>
              {drafts.unsentNames.length === 1 ? 'Your unsent check-in for' : 'Your unsent check-ins for'} {listOf(drafts.unsentNames)}{' '}
              {drafts.unsentNames.length === 1 ? 'is' : 'are'} kept: select their row to finish.
            </p>
          )}
        </div>
      ) : (
        <>
          {/* Keyed by student, so text opened with "Show all" for one student is not left open for the next. */}
          <StudentCard key={card.id} card={card} today={today} />
          <CheckInForm student={card} drafts={drafts} onLogged={onLogged} />
        </>
      )}
    </div>
  );
}
