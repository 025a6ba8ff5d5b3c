import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR } from '../lib/bench-paths';
import type { BenchResults } from './bench-results';
import type { TargetRow } from './targets';

/** Writes bench/results/bench-<time>.json and bench/results/latest.json; returns the first path. */
export function writeResults(results: BenchResults, targets: TargetRow[]): string {
  const dir = RESULTS_DIR;
  mkdirSync(dir, { recursive: true });
  const stamp = results.startedAt.replace(/[:.]/g, '-');
  const file = join(dir, `bench-${stamp}${results.quick ? '-quick' : ''}.json`);
  const json = JSON.stringify({ ...results, targets }, null, 2);
  writeFileSync(file, json);
  writeFileSync(join(dir, 'latest.json'), json);
  return file;
}
