// The benchmark's command line: which class sizes to measure (all three unless `--sizes` names some).

export const DEFAULT_SIZES = [150, 2000, 10_000];

/** `--sizes 150,2000` (or `--sizes=150,2000`); every size a positive whole number, `_` allowed as in 10_000. */
export function parseSizes(args: readonly string[]): number[] {
  const at = args.findIndex((a) => a === '--sizes' || a.startsWith('--sizes='));
  if (at < 0) return DEFAULT_SIZES;
  const text = args[at].includes('=') ? args[at].slice('--sizes='.length) : (args[at + 1] ?? '');
  const sizes = text.split(',').map((s) => (s.trim() === '' ? NaN : Number(s.replace(/_/g, '').trim())));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes class sizes separated by commas, such as --sizes 150,2000 (got "${text}").`);
  return sizes;
}
