// The Student tab: the selected student's card, a refresh button, and the check-in form.
import type { SidebarState, StudentCard as Card } from '../../shared/rpc';
import { CheckInForm } from './CheckInForm';
import { ErrorNotice } from './ErrorNotice';
import { StudentCard } from './StudentCard';

interface StudentPanelProps {
  card: Card | null;
  /** 'YYYY-MM-DD' in the spreadsheet's zone, when the dashboard knows it. */
  today?: string;
  windowDays: number;
  refreshing: boolean;
  selectionError: string | null;
  onRefresh: () => void;
  onLogged: (state: SidebarState, studentName: string) => void;
}

export function StudentPanel({ card, today, windowDays, refreshing, selectionError, onRefresh, onLogged }: StudentPanelProps) {
  return (
    <div aria-busy={refreshing}>
      <div class="toolbar">
        <p class="meta">Follows the row you select in the sheet.</p>
        <button type="button" class="secondary" onClick={onRefresh} disabled={refreshing}>
          Refresh
        </button>
      </div>
      <ErrorNotice message={selectionError} action="Could not read the selected row" onRetry={onRefresh} busy={refreshing} />
      {card === null ? (
        <p class="card empty-state">Select a student's row in the Students tab.</p>
      ) : (
        <>
          <StudentCard card={card} today={today} />
          <CheckInForm student={card} windowDays={windowDays} onLogged={onLogged} />
        </>
      )}
    </div>
  );
}
