// Fields the teacher edited that a student's newer answer would have replaced: accept the answer or keep the teacher's text.
import type { SurveyConflict } from '../../shared/rpc';
import { BusyButton } from './BusyButton';

interface SurveyConflictsProps {
  conflicts: readonly SurveyConflict[];
  busy: boolean;
  onResolve: (conflict: SurveyConflict, decision: 'accept' | 'dismiss') => void;
}

export function SurveyConflicts({ conflicts, busy, onResolve }: SurveyConflictsProps) {
  if (conflicts.length === 0) return null;
  return (
    <section aria-labelledby="survey-conflicts-title">
      <h2 id="survey-conflicts-title">Answers that differ from what you typed ({conflicts.length})</h2>
      <ul class="plain-list">
        {conflicts.map((c) => (
          <li key={c.studentId + c.column} class="card survey-conflict">
            <p class="student-name">
              {c.studentName} · {c.columnHeader}
            </p>
            <p class="meta">Yours: <span class="quote">{c.current || '(empty)'}</span></p>
            <p class="meta">Their answer: <span class="quote">{c.answer || '(no longer in the Form)'}</span></p>
            <div class="unknown-actions">
              <BusyButton class="secondary" busy={busy} onClick={() => onResolve(c, 'accept')}>
                Use their answer<span class="visually-hidden"> for {c.studentName}'s {c.columnHeader}</span>
              </BusyButton>
              <BusyButton class="secondary" busy={busy} onClick={() => onResolve(c, 'dismiss')}>
                Keep yours<span class="visually-hidden"> for {c.studentName}'s {c.columnHeader}</span>
              </BusyButton>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
