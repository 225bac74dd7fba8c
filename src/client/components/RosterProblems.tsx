// Roster rows the teacher should fix, folded into one line until opened.
import type { Problem } from '../../shared/rpc';
import { countOf } from '../logic/format';
import { rowsNeedingAttention } from '../logic/problems';

interface RosterProblemsProps {
  problems: readonly Problem[];
}

export function RosterProblems({ problems }: RosterProblemsProps) {
  if (problems.length === 0) return null;
  const rows = rowsNeedingAttention(problems);
  return (
    <details class="card roster-problems">
      <summary>
        {countOf(rows, 'row')} {rows === 1 ? 'needs' : 'need'} attention
      </summary>
      <ul class="problem-list">
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.row !== undefined && <strong>Row {problem.row}: </strong>}
            {problem.message}
            {problem.column && <span class="problem-place"> ({problem.column})</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
