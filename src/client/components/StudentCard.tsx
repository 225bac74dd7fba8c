// The profile card of the student on the selected row. Every value is rendered as text, never as HTML.
import type { ComponentChildren } from 'preact';
import type { StudentCard as Card } from '../../shared/rpc';
import { daysSinceText, formatDay } from '../logic/format';
import { Chips } from './Chips';
import { LongText } from './LongText';
import { SafeLink } from './SafeLink';

interface StudentCardProps {
  card: Card;
  /** 'YYYY-MM-DD' in the spreadsheet's zone, when known: dates in another year then show their year. */
  today?: string;
}

export const STUDENT_CARD_HEADING_ID = 'student-card-heading';

export function StudentCard({ card, today }: StudentCardProps) {
  const meta = [card.section, card.gradeOrMajor, `row ${card.row}`].filter((part) => part !== '');
  return (
    <article class="card student-card" aria-labelledby={STUDENT_CARD_HEADING_ID}>
      {/* Focusable by script so that choosing a student on the dashboard lands the keyboard here. */}
      <h2 id={STUDENT_CARD_HEADING_ID} tabIndex={-1}>
        {card.name}
      </h2>
      <p class="meta">{meta.join(' · ')}</p>
      {card.email && <p class="meta">{card.email}</p>}
      <Chips label="Interests" items={card.interests} />
      <dl class="facts">
        {card.careerPath && <Fact term="Career path" value={card.careerPath} />}
        {card.goals && <Fact term="Goals" value={<LongText text={card.goals} />} />}
        {card.howWeCanHelp && <Fact term="How we can help" value={<LongText text={card.howWeCanHelp} />} />}
        {card.preferredTypes.length > 0 && <Fact term="Prefers resources like" value={card.preferredTypes.join(', ')} />}
        <Fact term="Last check-in" value={lastCheckInText(card, today)} />
      </dl>
      {card.lastCheckIn?.note && (
        <p class="quote">
          “<LongText text={card.lastCheckIn.note} />”
        </p>
      )}
      <h3>Coming up</h3>
      {card.upcomingEvents.length === 0 ? (
        <p class="empty">No upcoming events.</p>
      ) : (
        <ul class="plain-list">
          {card.upcomingEvents.map((event, index) => (
            <li key={index}>
              <span class="date">{formatDay(event.date, today)}</span> {event.label}
            </li>
          ))}
        </ul>
      )}
      <h3>Resources sent</h3>
      {card.resourcesSent.length === 0 ? (
        <p class="empty">Nothing sent yet.</p>
      ) : (
        <ul class="plain-list">
          {card.resourcesSent.map((resource, index) => (
            <li key={index}>
              <SafeLink url={resource.url} text={resource.title} /> <span class="date">{formatDay(resource.sentOn, today)}</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function Fact({ term, value }: { term: string; value: ComponentChildren }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

function lastCheckInText(card: Card, today?: string): string {
  if (!card.lastCheckIn) return 'No check-in yet';
  return `${formatDay(card.lastCheckIn.date, today)}, ${card.lastCheckIn.kind} (${daysSinceText(card.daysSinceCheckIn)})`;
}
