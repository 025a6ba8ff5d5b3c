import { median, percentile, relativeSpread } from '../lib/stats';
import type { BlockTiming, MicroSuite, MicroVariant } from './micro-variant';
import { timeAsyncBlock, timeSyncBlock } from './time-block';

/** The figures of one variant. */
export interface VariantResult {
  readonly name: string;
  readonly pending?: string;
  /** Median over repetitions of ns per call. */
  readonly ns?: number;
  /** ns per call of each repetition. */
  readonly repNs?: number[];
  /** Percentiles over every timed chunk (ns per call within the chunk). */
  readonly chunkP50?: number;
  readonly chunkP99?: number;
  readonly spread?: number;
  readonly ratio?: number;
  readonly callsPerRep?: number;
  /** Exports expected and counted over all blocks (warm-up included). */
  readonly exportsExpected?: number;
  readonly exportsCounted?: number;
}

export interface SuiteResult {
  readonly id: string;
  readonly title: string;
  readonly mode: 'sync' | 'async';
  readonly reference?: string;
  readonly exportsWhat?: string;
  readonly variants: VariantResult[];
}

/**
 * Runs every ready variant of a suite: one warm-up block each, then `reps` repetitions in which
 * every variant runs one block, in an order rotated per repetition so drift hits all alike.
 */
export async function runMicroSuite(
  suite: MicroSuite,
  reps: number,
  scale: number,
): Promise<SuiteResult> {
  const ready = suite.variants.filter((v) => !v.pending && v.call);
  const calls = Math.max(
    suite.chunk,
    Math.round((suite.calls * scale) / suite.chunk) * suite.chunk,
  );
  const timings = new Map<MicroVariant, BlockTiming[]>(ready.map((v) => [v, []]));
  const exported = new Map<MicroVariant, { expected: number; counted: number }>(
    ready.map((v) => [v, { expected: 0, counted: 0 }]),
  );
  for (let rep = -1; rep < reps; rep++) {
    const offset = rep < 0 ? 0 : rep % ready.length;
    const order = [...ready.slice(offset), ...ready.slice(0, offset)];
    for (const variant of order) {
      const timing = await runBlock(suite, variant, calls, exported.get(variant)!);
      if (rep >= 0) timings.get(variant)!.push(timing);
    }
  }
  const results = suite.variants.map((v) => summarise(v, timings.get(v), exported.get(v)));
  const ref = results.find((r) => r.name === suite.reference)?.ns;
  return {
    id: suite.id,
    title: suite.title,
    mode: suite.mode,
    reference: suite.reference,
    exportsWhat: suite.exports?.what,
    variants: results.map((r) => (ref && r.ns ? { ...r, ratio: r.ns / ref } : r)),
  };
}

async function runBlock(
  suite: MicroSuite,
  variant: MicroVariant,
  calls: number,
  exported: { expected: number; counted: number },
): Promise<BlockTiming> {
  const time = suite.mode === 'sync' ? timeSyncBlock : timeAsyncBlock;
  const block = () => time(variant.call!, calls, suite.chunk, suite.chunksPerYield);
  const before = suite.exports?.count() ?? 0;
  const timing = await (variant.around ? variant.around(block) : block());
  if (suite.exports) {
    await suite.exports.flush();
    exported.expected += calls * (variant.exportsPerCall ?? 0);
    exported.counted += suite.exports.count() - before;
  }
  return timing;
}

function summarise(
  variant: MicroVariant,
  timings: BlockTiming[] | undefined,
  exported: { expected: number; counted: number } | undefined,
): VariantResult {
  if (!timings || timings.length === 0) return { name: variant.name, pending: variant.pending };
  const repNs = timings.map((t) => t.totalNs / t.calls);
  const chunks = timings.flatMap((t) => t.chunkNs);
  return {
    name: variant.name,
    ns: median(repNs),
    repNs,
    chunkP50: percentile(chunks, 50),
    chunkP99: percentile(chunks, 99),
    spread: relativeSpread(repNs),
    callsPerRep: timings[0].calls,
    exportsExpected: exported?.expected,
    exportsCounted: exported?.counted,
  };
}
