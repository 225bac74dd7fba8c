// A proof section as printed by `npm run prove`: a titled markdown table, and the invariants it found broken.
export interface Section {
  title: string;
  header: string[];
  rows: (string | number)[][];
  /** Broken invariants, in words; any of them makes `npm run prove` exit non-zero. */
  problems: string[];
}

export function formatSection(section: Section): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  const lines = [`## ${section.title}`, '', line(section.header), line(section.header.map(() => '---')), ...section.rows.map(line)];
  if (section.problems.length > 0) lines.push('', `FAILED (${section.problems.length}):`, ...section.problems.slice(0, 20).map((p) => `- ${p}`));
  if (section.problems.length > 20) lines.push(`- ... and ${section.problems.length - 20} more`);
  return lines.join('\n');
}
