/**
 * `npm run bench`: every benchmark of the project in one run, printed as tables of ratios taken
 * side by side, then a table of targets, and written to bench/results/. `--quick` (or
 * BENCH_QUICK=1) is a ~10 s smoke; `--only=micro,metrics,memory,http` runs some sections.
 */
import 'reflect-metadata';
import { execSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { runHttp } from './http/run-http';
import { readBenchOptions, type Section } from './lib/bench-options';
import { runEventsRss } from './memory/events-rss';
import { runMetricsRender } from './metrics/render-metrics';
import { runMicroProcesses } from './micro/run-micro-processes';
import { exportMismatches } from './report/export-mismatches';
import type { BenchResults } from './report/bench-results';
import { printHttp, printRender, printRss, printSuite, printTargets } from './report/print-results';
import { evaluateTargets } from './report/targets';
import { writeResults } from './report/write-results';

const log = (line: string) => process.stderr.write(`${line}\n`);

function gitCommit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const options = readBenchOptions();
  const started = Date.now();
  const results: BenchResults = {
    startedAt: new Date(started).toISOString(),
    quick: options.quick,
    environment: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      loadAverage: loadavg(),
      commit: gitCommit(),
    },
    errors: [],
  };
  const sections: Record<Section, () => Promise<void>> = {
    micro: async () => {
      results.micro = await runMicroProcesses(options, log);
      for (const mismatch of exportMismatches(results.micro))
        results.errors.push({ section: 'micro', message: mismatch });
    },
    metrics: async () => void (results.metricsRender = await runMetricsRender(options)),
    memory: async () => void (results.eventsRss = await runEventsRss(options)),
    http: async () => void (results.http = await runHttp(options, log)),
  };
  for (const section of options.sections) {
    log(`${section}...`);
    const start = Date.now();
    try {
      await sections[section]();
    } catch (error) {
      results.errors.push({ section, message: String((error as Error)?.stack ?? error) });
      log(`  ${section} failed: ${String(error)}`);
    }
    log(`  ${section}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
  }
  const out: string[] = results.errors.map((e) => `ERROR in ${e.section}: ${e.message}`);
  for (const suite of results.micro ?? []) out.push(printSuite(suite));
  if (results.metricsRender) out.push(printRender(results.metricsRender));
  if (results.eventsRss) out.push(printRss(results.eventsRss));
  if (results.http) out.push(printHttp(results.http));
  const targets = evaluateTargets(results);
  out.push(printTargets(targets));
  const seconds = (Date.now() - started) / 1000;
  const file = writeResults({ ...results, durationSeconds: seconds }, targets);
  const env = results.environment;
  out.push(
    `${options.quick ? 'quick' : 'full'} run, ${seconds.toFixed(0)} s, node ${env.node}, ${env.cpus} cpus, load ${env.loadAverage.map((l) => l.toFixed(2)).join(' ')}, commit ${env.commit}; JSON: ${file}`,
  );
  process.stdout.write(`\n${out.join('\n\n')}\n`);
  if (results.errors.length) process.exitCode = 1;
}

void main();
