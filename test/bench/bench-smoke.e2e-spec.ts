import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDist } from '../support/ensure-dist';

const ROOT = join(__dirname, '..', '..');

interface QuickResults {
  errors: unknown[];
  micro: { id: string; variants: { name: string; pending?: string; ns?: number }[] }[];
  http: { configs: { name: string; rps: number; errors: number; otlpPosts: number }[] };
  targets: { figure: string; status: string }[];
}

/**
 * `npm run bench -- --quick`, the ~15 s smoke of issue 8: the bench compiles, every section runs
 * to its end against the built library, every variant is measured (none pending) and every
 * exported span and event was counted. It checks that the bench works, not its figures.
 */
describe('npm run bench -- --quick (smoke, child processes)', () => {
  let results: QuickResults;
  let resultsDir: string;

  beforeAll(() => {
    ensureDist();
    resultsDir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
    const tsc = require.resolve('typescript/bin/tsc');
    const build = spawnSync(process.execPath, [tsc, '-p', 'bench/tsconfig.json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(build.stdout + build.stderr).toBe('');
    const run = spawnSync(process.execPath, ['bench-build/run.js', '--quick'], {
      cwd: ROOT,
      env: { ...process.env, BENCH_RESULTS_DIR: resultsDir },
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({
      status: 0,
      stderr: '',
    });
    results = JSON.parse(readFileSync(join(resultsDir, 'latest.json'), 'utf8')) as QuickResults;
  }, 240_000);

  afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

  it('measures every micro variant, with no export mismatch or section error', () => {
    expect(results.errors).toEqual([]);
    const pending = results.micro.flatMap((s) => s.variants.filter((v) => v.pending));
    expect(pending).toEqual([]);
    const measured = results.micro.flatMap((s) => s.variants.map((v) => v.ns));
    expect(measured.every((ns) => typeof ns === 'number' && ns > 0)).toBe(true);
  });

  it('loads all four HTTP apps without errors, and the telemetry ones export over OTLP', () => {
    const configs = Object.fromEntries(results.http.configs.map((c) => [c.name, c]));
    expect(Object.keys(configs)).toEqual([
      'bare app',
      'our full stack',
      'server span only',
      'peer stack',
    ]);
    for (const c of results.http.configs) {
      expect(c.rps).toBeGreaterThan(0);
      expect(c.errors).toBe(0);
    }
    expect(configs['bare app'].otlpPosts).toBe(0);
    expect(configs['our full stack'].otlpPosts).toBeGreaterThan(0);
  });

  it('evaluates every target row (none pending)', () => {
    expect(results.targets.filter((t) => t.status === 'pending')).toEqual([]);
    expect(results.targets.length).toBeGreaterThanOrEqual(20);
  });
});
