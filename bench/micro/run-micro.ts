import type { BenchOptions } from '../lib/bench-options';
import { OtlpSink } from '../lib/otlp-sink';
import { clearActiveRuntime } from '../../dist/runtime/active-runtime';
import { CountingEventExporter } from './counting-event-exporter';
import type { MicroSuite } from './micro-variant';
import { createOurMicroApp } from './our-micro-app';
import { publishBenchRuntime } from './our-runtime';
import { runMicroSuite, type SuiteResult } from './run-micro-suite';
import { peerNestjsPino } from './subjects/nestjs-pino.subject';
import { eventsSuite } from './suites/events.suite';
import { logsSuite } from './suites/logs.suite';
import { metricsSuite } from './suites/metrics.suite';
import { tracingSuite } from './suites/tracing.suite';
import { TracingHarness } from './tracing-harness';

/** Every micro suite, on the bench's own SDK and one application context of our module. */
export async function runMicro(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<SuiteResult[]> {
  const run = async (suite: MicroSuite) => {
    log(`  micro: ${suite.title}`);
    return runMicroSuite(suite, options.microReps, options.microScale);
  };
  const harness = new TracingHarness().start();
  const sink = await new OtlpSink().start();
  const events = new CountingEventExporter();
  const ours = await createOurMicroApp(sink.url, events);
  const runtime = publishBenchRuntime(ours.runtime, harness.contextManager);
  const peerLogs = await peerNestjsPino();
  try {
    return [
      await run(tracingSuite(harness, 'sync')),
      await run(tracingSuite(harness, 'async')),
      await run(metricsSuite(ours.ctx.service)),
      await run(logsSuite(harness, peerLogs, ours.ctx)),
      await run(
        eventsSuite(
          ours.ctx,
          events.counter(() => ours.ctx.sdk.forceFlush()),
        ),
      ),
    ];
  } finally {
    clearActiveRuntime(runtime);
    await peerLogs.close();
    await ours.ctx.close();
    await sink.stop();
    await harness.shutdown();
  }
}
