// Who has answered the newest survey, per section, with the names behind each count.
import type { SurveySectionProgress } from '../../shared/rpc';

export function SurveyProgress({ sections }: { sections: readonly SurveySectionProgress[] }) {
  if (sections.length === 0) return <p class="empty">No students on the roster yet.</p>;
  return (
    <ul class="plain-list survey-sections">
      {sections.map((s) => (
        <li key={s.section}>
          <details>
            <summary>
              <span class="bar-name">{s.section}</span>: {s.responded.length} of {s.responded.length + s.waiting.length} answered
            </summary>
            {s.waiting.length > 0 && <p class="meta">Not yet: {s.waiting.map((r) => r.name).join(', ')}</p>}
            {s.responded.length > 0 && <p class="meta">Answered: {s.responded.map((r) => r.name).join(', ')}</p>}
          </details>
        </li>
      ))}
    </ul>
  );
}
