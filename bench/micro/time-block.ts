import { yieldToLoop } from '../lib/yield-to-loop';
import type { BlockTiming } from './micro-variant';

/** Where results go so that the optimiser cannot drop the calls. */
export const blackhole: { value: unknown } = { value: undefined };

/** How one block runs: calls in timed chunks, the event loop running between some chunks. */
export interface BlockShape {
  readonly calls: number;
  readonly chunk: number;
  readonly chunksPerYield: number;
}

/** Wall and CPU clocks around one chunk; the loop in between is the caller's. */
class ChunkClock {
  wallNs = 0;
  cpuNs = 0;
  readonly chunkNs: number[] = [];
  private wall0 = 0n;
  private cpu0: NodeJS.CpuUsage = { user: 0, system: 0 };

  start(): void {
    this.cpu0 = process.cpuUsage();
    this.wall0 = process.hrtime.bigint();
  }

  stop(calls: number): void {
    const wall = Number(process.hrtime.bigint() - this.wall0);
    const cpu = process.cpuUsage(this.cpu0);
    this.wallNs += wall;
    this.cpuNs += (cpu.user + cpu.system) * 1000;
    this.chunkNs.push(wall / calls);
  }

  timing(calls: number): BlockTiming {
    return { wallNs: this.wallNs, cpuNs: this.cpuNs, calls, chunkNs: this.chunkNs };
  }
}

/** Times a block of sync calls of `fn`. */
export async function timeSyncBlock(fn: () => unknown, shape: BlockShape): Promise<BlockTiming> {
  const clock = new ChunkClock();
  for (let done = 0; done < shape.calls;) {
    const n = Math.min(shape.chunk, shape.calls - done);
    clock.start();
    for (let i = 0; i < n; i++) blackhole.value = fn();
    clock.stop(n);
    done += n;
    if (clock.chunkNs.length % shape.chunksPerYield === 0) await yieldToLoop();
  }
  return clock.timing(shape.calls);
}

/** Times a block of awaited calls of `fn`. */
export async function timeAsyncBlock(fn: () => unknown, shape: BlockShape): Promise<BlockTiming> {
  const clock = new ChunkClock();
  for (let done = 0; done < shape.calls;) {
    const n = Math.min(shape.chunk, shape.calls - done);
    clock.start();
    for (let i = 0; i < n; i++) blackhole.value = await fn();
    clock.stop(n);
    done += n;
    if (clock.chunkNs.length % shape.chunksPerYield === 0) await yieldToLoop();
  }
  return clock.timing(shape.calls);
}
