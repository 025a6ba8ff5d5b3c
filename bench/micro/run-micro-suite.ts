import { median, percentile, relativeSpread } from '../lib/stats';
import { balancedOrders } from './balanced-order';
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
  /** Median over repetitions of this variant's CPU ns over the reference's in the same repetition. */
  readonly ratio?: number;
  readonly callsPerRep?: number;
  /** Exports expected and counted over all blocks (warm-up included). */
  readonly exportsExpected?: number;
  readonly exportsCounted?: number;
  /** The ratio each process measured, when the section ran in several (mergeMicroRuns). */
  readonly processRatios?: number[];
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
 * then `reps` repetitions in which every variant runs one block, in slices whose orders are
 * balanced for carry-over (`balancedOrders`), so that drift, noise and what one block leaves for
 * the next hit all variants alike.
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
  const orders = balancedOrders(ready.length);
  for (let rep = 0; rep < reps; rep++) {
    // A repetition runs every variant's block in SLICES slices, interleaved (A B C A B C ...),
    // so that variants compared with each other ran tens of milliseconds apart, not seconds.
    const slices = new Map<MicroVariant, BlockTiming[]>(ready.map((v) => [v, []]));
    for (let slice = 0; slice < SLICES; slice++) {
      const order = orders[(rep * SLICES + slice) % orders.length];
      for (const variant of order.map((i) => ready[i])) {
        const tally = tallies.get(variant)!;
        const shape = sliceShape(tally.shape!, SLICES);
        slices.get(variant)!.push(await runBlock(suite, variant, shape, tally));
      }
    }
    for (const variant of ready)
      tallies.get(variant)!.timings.push(mergeTimings(slices.get(variant)!));
  }
  const results = suite.variants.map((v) =>
    summarise(v, tallies.get(v), suite.exports !== undefined),
  );
  const ref = results.find((r) => r.name === suite.reference)?.repNs;
  return {
    id: suite.id,
    title: suite.title,
    mode: suite.mode,
    reference: suite.reference,
    exportsWhat: suite.exports?.what,
    variants: results.map((r) => (ref && r.repNs ? { ...r, ratio: pairedRatio(r.repNs, ref) } : r)),
  };
}

/** Slices per repetition (see runMicroSuite). */
const SLICES = 8;

function sliceShape(shape: BlockShape, slices: number): BlockShape {
  const calls = Math.max(shape.chunk, Math.round(shape.calls / slices / shape.chunk) * shape.chunk);
  return { ...shape, calls };
}

function mergeTimings(timings: BlockTiming[]): BlockTiming {
  return {
    wallNs: timings.reduce((n, t) => n + t.wallNs, 0),
    cpuNs: timings.reduce((n, t) => n + t.cpuNs, 0),
    calls: timings.reduce((n, t) => n + t.calls, 0),
    chunkNs: timings.flatMap((t) => t.chunkNs),
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
    callsPerRep: tally.timings[0].calls,
    exportsExpected: checked ? tally.expected : undefined,
    exportsCounted: checked ? tally.counted : undefined,
  };
}

/** Ratios taken within each repetition (neighbours in time), then their median: drift cancels. */
/** Median over repetitions of `values[i] / reference[i]` (same process, same repetition). */
export function pairedRatio(values: number[], reference: number[]): number {
  return median(values.map((v, i) => v / reference[i]));
}
