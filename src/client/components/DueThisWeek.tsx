// Events and follow-ups from today through the next 7 days, with a nudge to celebrate.
import type { Dashboard } from '../../shared/rpc';
import { formatDay } from '../logic/format';

interface DueThisWeekProps {
  items: Dashboard['dueThisWeek'];
}

export function DueThisWeek({ items }: DueThisWeekProps) {
  if (items.length === 0) return <p class="empty">Nothing due this week.</p>;
  const events = items.filter((item) => item.kind === 'event').length;
  return (
    <>
      {events > 0 && (
        <p class="nudge">
          {events === 1 ? 'Something to celebrate this week' : `${events} things to celebrate this week`}: a quick “good luck” or
          “congratulations” goes a long way.
        </p>
      )}
      <ul class="plain-list due-list">
        {items.map((item, index) => (
          <li key={index}>
            <span class="date">{formatDay(item.date)}</span> <span class="student-name">{item.name}</span>
            <span class="meta">
              {' '}
              {item.kind === 'event' ? '' : 'follow up: '}
              {item.label}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
