import { fork } from 'node:child_process';
import type { BenchOptions } from '../lib/bench-options';
import { benchModule, loaderArgs } from '../lib/bench-paths';
import { mergeMicroRuns } from './merge-micro-runs';
import type { SuiteResult } from './run-micro-suite';

/**
 * The micro section, in `options.microProcesses` fresh processes one after another, merged.
 * Within a process the variants are interleaved, so machine drift hits them alike; what
 * interleaving cannot even out is the process itself: which functions V8 inlines and where the
 * collector runs differ from one process to the next, and move a ratio by several percent either
 * way. Pooling the repetitions of several processes takes the middle of that spread.
 */
export async function runMicroProcesses(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<SuiteResult[]> {
  const runs: SuiteResult[][] = [];
  for (let i = 0; i < options.microProcesses; i++) {
    log(`  micro: process ${i + 1}/${options.microProcesses}`);
    runs.push(await runOneProcess(options));
  }
  return mergeMicroRuns(runs);
}

function runOneProcess(options: BenchOptions): Promise<SuiteResult[]> {
  const script = benchModule('micro', 'micro-process');
  const child = fork(script, [], {
    execArgv: loaderArgs(script),
    env: { ...process.env, MICRO_OPTIONS: JSON.stringify(options) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let results: SuiteResult[] | undefined;
    child.once('message', (message) => (results = message as SuiteResult[]));
    child.once('error', reject);
    child.once('exit', (code) =>
      results
        ? resolve(results)
        : reject(new Error(`micro process exited (${code}) without results`)),
    );
  });
}
