/**
 * One process of the micro section: runs every micro suite (options from MICRO_OPTIONS, JSON)
 * and sends the results to the parent over IPC. Started by runMicroProcesses.
 */
import 'reflect-metadata';
import type { BenchOptions } from '../lib/bench-options';
import { runMicro } from './run-micro';

async function main(): Promise<void> {
  const options = JSON.parse(process.env.MICRO_OPTIONS ?? '{}') as BenchOptions;
  const results = await runMicro(options, (line) => process.stderr.write(`${line}\n`));
  process.send!(results, () => process.disconnect());
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
