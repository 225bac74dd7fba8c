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
            {/* The roster's problems come from several tabs (Students, Check-ins, Resources): a bare "Row 7" would not say where to look. */}
            {problem.row !== undefined && <strong>{problem.tab ? `${problem.tab} row ${problem.row}: ` : `Row ${problem.row}: `}</strong>}
            {problem.message}
            {problem.column && <span class="problem-place"> ({problem.column})</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
