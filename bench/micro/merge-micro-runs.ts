import { median, relativeSpread } from '../lib/stats';
import { pairedRatio, type SuiteResult, type VariantResult } from './run-micro-suite';

/**
 * The results of the same suites run in several processes, as one: each variant's repetitions
 * pooled (paired with the reference's repetition of the same process and index, as within one
 * process), export counts summed, and the ratio each process measured kept in `processRatios`.
 */
export function mergeMicroRuns(runs: readonly SuiteResult[][]): SuiteResult[] {
  if (runs.length === 1) return runs[0];
  return runs[0].map((suite, s) => {
    const copies = runs.map((run) => run[s]);
    const variants = suite.variants.map((v, i) => mergeVariant(copies.map((c) => c.variants[i])));
    const ref = variants.find((v) => v.name === suite.reference)?.repNs;
    return {
      ...suite,
      variants: variants.map((v) =>
        ref && v.repNs ? { ...v, ratio: pairedRatio(v.repNs, ref) } : v,
      ),
    };
  });
}

function mergeVariant(copies: VariantResult[]): VariantResult {
  const first = copies[0];
  if (first.pending || copies.some((c) => !c.repNs)) return first;
  const repNs = copies.flatMap((c) => c.repNs!);
  const sum = (pick: (c: VariantResult) => number | undefined) =>
    copies.every((c) => pick(c) !== undefined)
      ? copies.reduce((n, c) => n + pick(c)!, 0)
      : undefined;
  return {
    ...first,
    ns: median(repNs),
    wallNs: median(copies.map((c) => c.wallNs!)),
    repNs,
    chunkP50: median(copies.map((c) => c.chunkP50!)),
    chunkP99: median(copies.map((c) => c.chunkP99!)),
    spread: relativeSpread(repNs),
    exportsExpected: sum((c) => c.exportsExpected),
    exportsCounted: sum((c) => c.exportsCounted),
    processRatios: copies.every((c) => c.ratio !== undefined)
      ? copies.map((c) => c.ratio!)
      : undefined,
  };
}
