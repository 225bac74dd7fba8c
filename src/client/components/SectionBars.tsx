// Per section, the share of students connected with in the window: the numbers as text and as a bar.
import type { SectionShare } from '../../shared/rpc';
import { percent, shareText } from '../logic/format';

interface SectionBarsProps {
  sections: readonly SectionShare[];
  windowDays: number;
}

export function SectionBars({ sections, windowDays }: SectionBarsProps) {
  if (sections.length === 0) return <p class="empty">No students on the roster yet: add them to the Students tab, one per row.</p>;
  return (
    <ul class="bars">
      {sections.map((section) => (
        <li key={section.section} class="bar-item">
          <div class="bar-label">
            <span class="bar-name">{section.section || 'No section'}</span>
            <span class="bar-value">{shareText(section)}</span>
          </div>
          <div
            class="bar"
            role="img"
            aria-label={`${section.section || 'No section'}: ${shareText(section)} connected with in the last ${windowDays} days`}
          >
            <div class="bar-fill" style={{ width: `${percent(section.share)}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
