// The Class tab: connections per section, who has waited longest, and what is coming up this week.
import type { Dashboard, SidebarState } from '../../shared/rpc';
import { formatDay } from '../logic/format';
import { DueThisWeek } from './DueThisWeek';
import { LongestWithout } from './LongestWithout';
import { SectionBars } from './SectionBars';
import { WindowDaysForm } from './WindowDaysForm';

interface DashboardPanelProps {
  dashboard: Dashboard | null;
  windowDays: number;
  busy: boolean;
  onWindowSaved: (state: SidebarState) => void;
  onChooseStudent: (studentId: string) => void;
}

export function DashboardPanel({ dashboard, windowDays, busy, onWindowSaved, onChooseStudent }: DashboardPanelProps) {
  return (
    <div aria-busy={busy}>
      <section class="card" aria-labelledby="connections-heading">
        <h2 id="connections-heading">Connections</h2>
        <WindowDaysForm windowDays={windowDays} busy={busy} onSaved={onWindowSaved} />
        {dashboard === null ? (
          <p class="empty">The dashboard appears once your class sheet is set up.</p>
        ) : (
          <>
            <p class="meta">As of {formatDay(dashboard.asOf)}, last {dashboard.windowDays} days</p>
            <SectionBars sections={dashboard.sections} windowDays={dashboard.windowDays} />
          </>
        )}
      </section>
      {/* With no students, "longest without" and "this week" would only say untrue things ("everyone has had a check-in"). */}
      {dashboard && dashboard.sections.length > 0 && (
        <>
          <section class="card" aria-labelledby="longest-heading">
            <h2 id="longest-heading">Longest without a check-in</h2>
            <LongestWithout students={dashboard.longestWithout} busy={busy} onChoose={onChooseStudent} />
          </section>
          <section class="card" aria-labelledby="due-heading">
            <h2 id="due-heading">This week</h2>
            <DueThisWeek items={dashboard.dueThisWeek} today={dashboard.asOf} busy={busy} onChoose={onChooseStudent} />
          </section>
        </>
      )}
    </div>
  );
}
