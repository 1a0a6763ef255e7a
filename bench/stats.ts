/** A figure measured several times: the median is the result, min and max show the spread. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: readonly number[];
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new RangeError("no measurements");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted.at(-1) as number, runs: values };
}

export function scale(s: Spread, factor: number): Spread {
  return { median: s.median * factor, min: s.min * factor, max: s.max * factor, runs: s.runs.map((v) => v * factor) };
}

/** "2.41 s (2.30–2.75)" */
export function formatSpread(s: Spread, unit: string, digits = 2): string {
  return `${s.median.toFixed(digits)} ${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
}

export const KiB = 1024;
export const MiB = 1024 * 1024;
