import { decodeLogs } from '../../test/support/otlp-decode';
import type { BenchOptions } from '../lib/bench-options';
import { OtlpSink } from '../lib/otlp-sink';
import { createTelemetryAppContext } from '../lib/telemetry-app-context';
import { clearActiveRuntime } from '../../dist/runtime/active-runtime';
import { publishBenchRuntime } from './our-runtime';
import { runMicroSuite, type SuiteResult } from './run-micro-suite';
import { eventsSuite } from './suites/events.suite';
import { logsSuite } from './suites/logs.suite';
import { metricsSuite } from './suites/metrics.suite';
import { tracingSuite } from './suites/tracing.suite';
import { TracingHarness } from './tracing-harness';

/** Every micro suite: first those on the bench's own SDK, then events on a real module. */
export async function runMicro(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<SuiteResult[]> {
  const run = async (suite: Parameters<typeof runMicroSuite>[0]) => {
    log(`  micro: ${suite.title}`);
    return runMicroSuite(suite, options.microReps, options.microScale);
  };
  const results: SuiteResult[] = [];
  const harness = new TracingHarness().start();
  const runtime = publishBenchRuntime();
  try {
    results.push(await run(tracingSuite(harness, 'sync')));
    results.push(await run(tracingSuite(harness, 'async')));
    results.push(await run(metricsSuite()));
    results.push(await run(logsSuite(harness)));
  } finally {
    clearActiveRuntime(runtime);
    await harness.shutdown();
  }
  results.push(await runEventsSuite(run));
  return results;
}

async function runEventsSuite(run: (s: ReturnType<typeof eventsSuite>) => Promise<SuiteResult>) {
  const sink = await new OtlpSink((body) => decodeLogs(body).length).start();
  const ctx = await createTelemetryAppContext({
    serviceName: 'bench',
    otlp: { endpoint: sink.url },
    traces: { enabled: false },
  });
  try {
    const counter = {
      what: 'events',
      count: () => sink.logRecords,
      flush: () => ctx.sdk.forceFlush(),
    };
    return await run(eventsSuite(ctx, counter));
  } finally {
    await ctx.close();
    await sink.stop();
  }
}
