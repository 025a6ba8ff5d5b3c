import { join } from 'node:path';

/**
 * Where the bench's files are, whether it runs compiled (`npm run bench` runs `bench-build/`, what
 * `tsc -p bench` emits) or from source under ts-node. The apps under load and the child processes
 * run the same way as the bench itself: compiled, like a production Nest app. (ts-node loads
 * Node's `repl`, which loads `domain`, which swaps in slower `EventEmitter` init and emit for
 * every emitter of the process.)
 */
const COMPILED = __filename.endsWith('.js');

/** `bench/` or `bench-build/`: this file is in `<root>/lib/`. */
const BENCH_ROOT = join(__dirname, '..');

/** The repository: `bench-build/` sits next to `bench/`, so relative imports of `dist/` hold. */
export const REPO_ROOT = join(__dirname, '..', '..');

/** bench/results, whichever way the bench runs (BENCH_RESULTS_DIR elsewhere: the test's smoke run). */
export const RESULTS_DIR = process.env.BENCH_RESULTS_DIR ?? join(REPO_ROOT, 'bench', 'results');

/** A bench module as this run can start it: `benchModule('http', 'apps', 'bare.app')`. */
export function benchModule(...segments: string[]): string {
  return join(BENCH_ROOT, ...segments) + (COMPILED ? '.js' : '.ts');
}

/** Node flags a process needs before `script`: ts-node for a `.ts` module, nothing for `.js`. */
export function loaderArgs(script: string): string[] {
  return script.endsWith('.ts') ? ['-r', 'ts-node/register/transpile-only'] : [];
}
