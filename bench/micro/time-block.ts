import { yieldToLoop } from '../lib/yield-to-loop';
import type { BlockTiming } from './micro-variant';

/** Where results go so that the optimiser cannot drop the calls. */
export const blackhole: { value: unknown } = { value: undefined };

/** Times `calls` sync calls of `fn` in chunks, yielding to the event loop between them. */
export async function timeSyncBlock(
  fn: () => unknown,
  calls: number,
  chunk: number,
  chunksPerYield: number,
): Promise<BlockTiming> {
  const chunkNs: number[] = [];
  let totalNs = 0;
  for (let done = 0; done < calls;) {
    const n = Math.min(chunk, calls - done);
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) blackhole.value = fn();
    const ns = Number(process.hrtime.bigint() - start);
    chunkNs.push(ns / n);
    totalNs += ns;
    done += n;
    if (chunkNs.length % chunksPerYield === 0) await yieldToLoop();
  }
  return { totalNs, calls, chunkNs };
}

/** Times `calls` awaited calls of `fn` in chunks, yielding to the event loop between them. */
export async function timeAsyncBlock(
  fn: () => unknown,
  calls: number,
  chunk: number,
  chunksPerYield: number,
): Promise<BlockTiming> {
  const chunkNs: number[] = [];
  let totalNs = 0;
  for (let done = 0; done < calls;) {
    const n = Math.min(chunk, calls - done);
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) blackhole.value = await fn();
    const ns = Number(process.hrtime.bigint() - start);
    chunkNs.push(ns / n);
    totalNs += ns;
    done += n;
    if (chunkNs.length % chunksPerYield === 0) await yieldToLoop();
  }
  return { totalNs, calls, chunkNs };
}
