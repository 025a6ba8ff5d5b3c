import { fork } from 'node:child_process';
import type { BenchOptions } from '../lib/bench-options';
import { benchModule, loaderArgs } from '../lib/bench-paths';

/** RSS of a process that emitted N events while the collector was down. */
export interface RssResult {
  readonly events: number;
  readonly pending?: string;
  readonly error?: string;
  readonly seconds?: number;
  readonly rssBeforeMb?: number;
  readonly rssAfterMb?: number;
  /** RSS every 100k events, to see whether it is flat. */
  readonly samplesMb?: number[];
  /** Heap in use after a full GC: before, half-way and after the events. */
  readonly heapMb?: number[];
  /** Failure and drop counters from TelemetryDiagnostics. */
  readonly failures?: Record<string, number>;
  /** How long `app.close()` took after the events (bounded by `shutdown.timeoutMs`). */
  readonly closeSeconds?: number;
}

export function runEventsRss(options: BenchOptions): Promise<RssResult> {
  const script = benchModule('memory', 'events-rss.child');
  const child = fork(script, [String(options.rssEvents), options.quick ? 'no-close' : 'close'], {
    execArgv: ['--expose-gc', ...loaderArgs(script)],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve) => {
    let result: RssResult = { events: 0, error: 'child exited without a result' };
    child.on('message', (message) => (result = message as RssResult));
    child.on('exit', () => resolve(result));
    // The child may linger while exports it started time out; the result is all we need.
    child.on('disconnect', () => child.kill('SIGKILL'));
  });
}
