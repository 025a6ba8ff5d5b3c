import type { MicroSuite, MicroVariant } from './micro-variant';
import type { BlockShape } from './time-block';

/** A chunk lasts about this long when the variant exports nothing (so clocks resolve it). */
const CHUNK_NS = 200_000;
/** A block lasts at least about this long at full scale. */
const BLOCK_NS = 25_000_000;
const MAX_CALLS = 5_000_000;

/** The warm-up block: the suite's own sizes. */
export function warmupShape(suite: MicroSuite, scale: number): BlockShape {
  const calls = Math.max(
    suite.chunk,
    Math.round((suite.calls * scale) / suite.chunk) * suite.chunk,
  );
  return { calls, chunk: suite.chunk, chunksPerYield: suite.chunksPerYield };
}

/**
 * The timed blocks of one variant, from its warm-up cost per call. A variant that exports keeps
 * the suite's chunk (the batch processor must drain between chunks); a cheap one gets longer
 * chunks and more calls, so that a block is long enough to time.
 */
export function variantShape(
  suite: MicroSuite,
  variant: MicroVariant,
  scale: number,
  nsPerCall: number,
): BlockShape {
  const base = warmupShape(suite, scale);
  const perCall = Math.max(nsPerCall, 1);
  const exporting = (variant.exportsPerCall ?? 0) > 0;
  const chunk = exporting ? suite.chunk : Math.max(suite.chunk, Math.round(CHUNK_NS / perCall));
  const wanted = Math.min(
    MAX_CALLS,
    Math.max(base.calls, Math.round((BLOCK_NS * scale) / perCall)),
  );
  const calls = Math.max(chunk, Math.round(wanted / chunk) * chunk);
  return { calls, chunk, chunksPerYield: exporting ? suite.chunksPerYield : 1 };
}
