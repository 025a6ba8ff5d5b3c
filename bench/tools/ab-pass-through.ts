import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { benchModule, loaderArgs, REPO_ROOT } from '../lib/bench-paths';
import { median, percentile } from '../lib/stats';

/**
 * What `@Instrument` adds to a plain call on its pass-through paths, in this build (`dist/`)
 * against another build of the library (B), in fresh processes one after another: a change to the
 * wrapper moves these figures by a few ns, less than the micro section's spread between runs.
 * Each process times all three side by side; the figures are medians over processes of the
 * per-process differences, with the quartiles.
 *
 *   node bench-build/tools/ab-pass-through.js <other-dist> [processes=10] [sync|async] \
 *     [disabled|sampled-out]
 *
 * Another build, e.g. of the previous commit:
 *   git stash && npx tsc -p tsconfig.build.json --outDir node_modules/.cache/dist-b \
 *     && git stash pop
 */
const [other, processes = '10', mode = 'async', path = 'disabled'] = process.argv.slice(2);

interface ProcessResult {
  plain: number;
  a: number;
  b: number;
}

function runOne(): ProcessResult {
  const script = benchModule('tools', 'pass-through', 'pass-through-process');
  const env = {
    ...process.env,
    AB_BUILD_A: join(REPO_ROOT, 'dist'),
    AB_BUILD_B: resolve(other),
    AB_MODE: mode,
    AB_PATH: path,
  };
  const out = execFileSync(process.execPath, [...loaderArgs(script), script], { env });
  return JSON.parse(out.toString()) as ProcessResult;
}

function summary(label: string, values: number[]): string {
  const f = (v: number) => `${v >= 0 ? '+' : ''}${v.toFixed(1)} ns`;
  const quartiles = `${f(percentile(values, 25))} .. ${f(percentile(values, 75))}`;
  return `${label.padEnd(24)} ${f(median(values)).padStart(10)}   (quartiles ${quartiles})`;
}

function main(): void {
  if (!other) throw new Error('usage: ab-pass-through.js <other-dist> [processes] [mode] [path]');
  const runs = Array.from({ length: Number(processes) }, runOne);
  console.log(
    `${mode}, ${path}, other build ${other}: ${runs.length} processes; plain call ` +
      `median ${median(runs.map((r) => r.plain)).toFixed(1)} ns`,
  );
  console.log(
    summary(
      'this build, added',
      runs.map((r) => r.a - r.plain),
    ),
  );
  console.log(
    summary(
      'other build, added',
      runs.map((r) => r.b - r.plain),
    ),
  );
  console.log(
    summary(
      'this build - other',
      runs.map((r) => r.a - r.b),
    ),
  );
}

main();
