import type { LogDestination } from '../config/options/logging.options';

/** What the batch is written to: pino's stdout stream (a SonicBoom) or anything like it. */
export interface LineTarget extends LogDestination {
  flushSync?(): void;
  flush?(cb?: (error?: Error) => void): void;
}

/**
 * A pino destination that gathers the lines written during one turn of the event loop and hands
 * them to `target` in one write when the turn ends (`setImmediate`), instead of one write per
 * line: under load a request log line costs a string append instead of a stream write (measured
 * in `npm run bench`: the write was the most expensive part of the request log). Lines are late
 * by at most one turn. A turn that ends the process (`process.exit()`, an uncaught exception)
 * still writes its lines: while lines are pending, an 'exit' listener writes them synchronously.
 * A turn that writes more than `maxPendingChars` characters writes them as they reach it.
 */
export class TurnBatchedDestination implements LineTarget {
  private pending = '';
  private scheduled = false;
  private readonly flushTurn = (): void => {
    this.scheduled = false;
    process.removeListener('exit', this.flushAtExit);
    this.writePending();
  };
  private readonly flushAtExit = (): void => {
    try {
      this.flushSync();
    } catch {
      // The process is exiting: nothing left to report to.
    }
  };

  /** @param maxPendingChars characters gathered before a write within the turn (default 64 Ki). */
  constructor(
    private readonly target: LineTarget,
    private readonly maxPendingChars = 65_536,
  ) {}

  write(line: string): boolean {
    this.pending += line;
    if (this.pending.length >= this.maxPendingChars) this.writePending();
    else if (!this.scheduled) {
      this.scheduled = true;
      process.on('exit', this.flushAtExit);
      setImmediate(this.flushTurn);
    }
    return true;
  }

  /** Writes pending lines and flushes the target synchronously (pino's `flushSync`). */
  flushSync(): void {
    this.writePending();
    this.target.flushSync?.();
  }

  /** pino's `logger.flush(cb)`: pending lines go to the target, which flushes. */
  flush(cb?: (error?: Error) => void): void {
    this.writePending();
    if (this.target.flush) this.target.flush(cb);
    else cb?.();
  }

  private writePending(): void {
    if (this.pending === '') return;
    const lines = this.pending;
    this.pending = '';
    this.target.write(lines);
  }
}
