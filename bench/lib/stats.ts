/** The median of `values` (NaN when empty). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The `p`-th percentile of `values`, nearest-rank on a sorted copy (NaN when empty). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

/** Half the spread between the 25th and 75th percentiles, relative to the median (0.05 = ±5 %). */
export function relativeSpread(values: readonly number[]): number {
  const mid = median(values);
  return (percentile(values, 75) - percentile(values, 25)) / 2 / mid;
}
