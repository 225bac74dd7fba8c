// Students longest without a check-in; choosing one moves the sheet's selection to their row.
import type { Dashboard } from '../../shared/rpc';
import { daysSinceText } from '../logic/format';
import { BusyButton } from './BusyButton';

interface LongestWithoutProps {
  students: Dashboard['longestWithout'];
  busy: boolean;
  onChoose: (studentId: string) => void;
}

export function LongestWithout({ students, busy, onChoose }: LongestWithoutProps) {
  if (students.length === 0) return <p class="empty">Everyone has had a check-in.</p>;
  return (
    <ul class="plain-list student-buttons">
      {students.map((student) => (
        <li key={student.id}>
          <BusyButton class="link-button" busy={busy} onClick={() => onChoose(student.id)}>
            <span class="student-name">{student.name}</span>
            <span class="meta">
              {student.section ? `${student.section} · ` : ''}
              {student.daysSince === null ? 'no check-in yet' : `last check-in ${daysSinceText(student.daysSince)}`}
            </span>
          </BusyButton>
        </li>
      ))}
    </ul>
  );
}
