import type { LogDestination } from '../config/options/logging.options';

/** What the buffered lines are written to: pino's stdout stream (a SonicBoom) or anything like it. */
export interface LineTarget extends LogDestination {
  flushSync?(): void;
  flush?(cb?: (error?: Error) => void): void;
}

/** When a BufferedLineDestination writes. */
export interface LineBufferLimits {
  /** Characters gathered before they are written at once. @default 16384 */
  maxChars?: number;
  /** Longest a line waits, in ms. @default 50 */
  maxDelayMs?: number;
}

/**
 * A pino destination that gathers lines and hands them to `target` in one write once 16 KiB
 * have gathered or 50 ms after the first of them, instead of one write per line: a stream write
 * per request log line was the largest part of its cost (`npm run bench`). A process that exits
 * (`process.exit()`, an uncaught exception, a handled signal) still writes them: while lines
 * wait, an 'exit' listener writes them synchronously. Only a process killed outright (SIGKILL,
 * a native crash, an unhandled SIGTERM) loses the lines of its last 50 ms.
 */
export class BufferedLineDestination implements LineTarget {
  private pending = '';
  private timer: NodeJS.Timeout | undefined;
  private readonly maxChars: number;
  private readonly maxDelayMs: number;
  private readonly onTimer = (): void => this.writePending();
  private readonly onExit = (): void => {
    try {
      this.flushSync();
    } catch {
      // The process is exiting: nothing left to report to.
    }
  };

  constructor(
    private readonly target: LineTarget,
    limits: LineBufferLimits = {},
  ) {
    this.maxChars = limits.maxChars ?? 16_384;
    this.maxDelayMs = limits.maxDelayMs ?? 50;
  }

  write(line: string): boolean {
    this.pending += line;
    if (this.pending.length >= this.maxChars) this.writePending();
    else if (this.timer === undefined) {
      this.timer = setTimeout(this.onTimer, this.maxDelayMs);
      this.timer.unref();
      process.on('exit', this.onExit);
    }
    return true;
  }

  /** Writes waiting lines and flushes the target synchronously (pino's `flushSync`). */
  flushSync(): void {
    this.writePending();
    this.target.flushSync?.();
  }

  /** pino's `logger.flush(cb)`: waiting lines go to the target, which flushes. */
  flush(cb?: (error?: Error) => void): void {
    this.writePending();
    if (this.target.flush) this.target.flush(cb);
    else cb?.();
  }

  private writePending(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
      process.removeListener('exit', this.onExit);
    }
    if (this.pending === '') return;
    const lines = this.pending;
    this.pending = '';
    try {
      this.target.write(lines);
    } catch {
      // The output is gone (a closed stdout): the lines cannot be written anywhere, and a
      // throw from a timer would end the app.
    }
  }
}
