// Events and follow-ups from today through the next 7 days, with a nudge to celebrate; choosing one opens that student's card.
import type { Dashboard } from '../../shared/rpc';
import { formatDay } from '../logic/format';
import { BusyButton } from './BusyButton';

type DueItem = Dashboard['dueThisWeek'][number];

interface DueThisWeekProps {
  items: readonly DueItem[];
  /** The dashboard's date: a week that crosses New Year shows January's dates with their year. */
  today: string;
  busy: boolean;
  /** Selects the student's row, so the teacher can say "good luck" and log it from their card. */
  onChoose: (studentId: string) => void;
}

export function DueThisWeek({ items, today, busy, onChoose }: DueThisWeekProps) {
  if (items.length === 0) return <p class="empty">Nothing due this week.</p>;
  const events = items.filter((item) => item.kind === 'event');
  const followUps = items.filter((item) => item.kind === 'follow-up');
  return (
    <>
      {events.length > 0 && (
        <>
          <h3>Celebrate</h3>
          <p class="nudge">
            {events.length === 1 ? 'Something to celebrate this week' : `${events.length} things to celebrate this week`}: a quick “good
            luck” or “congratulations” goes a long way.
          </p>
          <DueList items={events} today={today} busy={busy} onChoose={onChoose} />
        </>
      )}
      {followUps.length > 0 && (
        <>
          <h3>Follow up</h3>
          <DueList items={followUps} today={today} busy={busy} onChoose={onChoose} />
        </>
      )}
    </>
  );
}

function DueList({ items, today, busy, onChoose }: DueThisWeekProps) {
  return (
    <ul class="plain-list due-list">
      {items.map((item, index) => (
        <li key={index}>
          <BusyButton class="link-button" busy={busy} onClick={() => onChoose(item.id)}>
            <span class="date">{formatDay(item.date, today)}</span> <span class="student-name">{item.name}</span>{' '}
            <span class="meta">{item.label}</span>
          </BusyButton>
        </li>
      ))}
    </ul>
  );
}
