import { median, percentile, relativeSpread } from '../lib/stats';
import { variantShape, warmupShape } from './block-shape';
import type { BlockTiming, MicroSuite, MicroVariant } from './micro-variant';
import { type BlockShape, timeAsyncBlock, timeSyncBlock } from './time-block';

/** The figures of one variant. */
export interface VariantResult {
  readonly name: string;
  readonly pending?: string;
  /** Median over repetitions of CPU ns per call: the figure targets use. */
  readonly ns?: number;
  /** Median over repetitions of wall-clock ns per call. */
  readonly wallNs?: number;
  /** CPU ns per call of each repetition. */
  readonly repNs?: number[];
  /** Percentiles over every timed chunk (wall ns per call within the chunk). */
  readonly chunkP50?: number;
  readonly chunkP99?: number;
  readonly spread?: number;
  /** `ns` over the reference variant's. */
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

interface Tally {
  timings: BlockTiming[];
  expected: number;
  counted: number;
  shape?: BlockShape;
}

/**
 * Runs every ready variant of a suite: one warm-up block each (which also sizes its blocks),
 * then `reps` repetitions in which every variant runs one block, in an order rotated per
 * repetition so that drift and noise hit all variants alike.
 */
export async function runMicroSuite(
  suite: MicroSuite,
  reps: number,
  scale: number,
): Promise<SuiteResult> {
  const ready = suite.variants.filter((v) => !v.pending && v.call);
  const tallies = new Map<MicroVariant, Tally>(
    ready.map((v) => [v, { timings: [], expected: 0, counted: 0 }]),
  );
  for (const variant of ready) {
    const tally = tallies.get(variant)!;
    const warm = await runBlock(suite, variant, warmupShape(suite, scale), tally);
    tally.shape = variantShape(suite, variant, scale, warm.cpuNs / warm.calls);
  }
  for (let rep = 0; rep < reps; rep++) {
    const offset = rep % ready.length;
    for (const variant of [...ready.slice(offset), ...ready.slice(0, offset)]) {
      const tally = tallies.get(variant)!;
      tally.timings.push(await runBlock(suite, variant, tally.shape!, tally));
    }
  }
  const results = suite.variants.map((v) =>
    summarise(v, tallies.get(v), suite.exports !== undefined),
  );
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

async function runBlock(suite: MicroSuite, variant: MicroVariant, shape: BlockShape, tally: Tally) {
  const time = suite.mode === 'sync' ? timeSyncBlock : timeAsyncBlock;
  const block = () => time(variant.call!, shape);
  const before = suite.exports?.count() ?? 0;
  const timing = await (variant.around ? variant.around(block) : block());
  if (suite.exports) {
    await suite.exports.flush();
    tally.expected += shape.calls * (variant.exportsPerCall ?? 0);
    tally.counted += suite.exports.count() - before;
  }
  return timing;
}

function summarise(
  variant: MicroVariant,
  tally: Tally | undefined,
  checked: boolean,
): VariantResult {
  if (!tally || tally.timings.length === 0) return { name: variant.name, pending: variant.pending };
  const repNs = tally.timings.map((t) => t.cpuNs / t.calls);
  const chunks = tally.timings.flatMap((t) => t.chunkNs);
  return {
    name: variant.name,
    ns: median(repNs),
    wallNs: median(tally.timings.map((t) => t.wallNs / t.calls)),
    repNs,
    chunkP50: percentile(chunks, 50),
    chunkP99: percentile(chunks, 99),
    spread: relativeSpread(repNs),
    callsPerRep: tally.shape!.calls,
    exportsExpected: checked ? tally.expected : undefined,
    exportsCounted: checked ? tally.counted : undefined,
  };
}
