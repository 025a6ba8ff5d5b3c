/**
 * Child process: boots our module with the collector down (OTLP endpoint on a closed port),
 * emits N events with 4 attributes in chunks, and reports RSS and drop counts to the parent.
 * Run with --expose-gc so the final figure is after a full collection.
 */
import { EVENT_ATTRIBUTES, EVENT_NAME } from '../micro/subjects/event-push.subject';
import { createTelemetryAppContext } from '../lib/telemetry-app-context';
import { yieldToLoop } from '../lib/yield-to-loop';

const CLOSED_PORT_URL = 'http://127.0.0.1:9';
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function settledRssMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return mb(process.memoryUsage().rss);
}

/** Heap in use after a full collection: what is really retained. */
function settledHeapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return mb(process.memoryUsage().heapUsed);
}

function sendToParent(message: object): Promise<void> {
  return new Promise((resolve) => process.send!(message, undefined, {}, () => resolve()));
}

async function main(): Promise<void> {
  const events = Number(process.argv[2] ?? 1_000_000);
  const measureClose = process.argv[3] !== 'no-close';
  const ctx = await createTelemetryAppContext({
    serviceName: 'bench-rss',
    otlp: { endpoint: CLOSED_PORT_URL },
    traces: { enabled: false },
  });
  const rssBeforeMb = settledRssMb();
  const emit = (ctx.service as unknown as { emit?: (n: string, a: object) => void }).emit;
  if (typeof emit !== 'function') {
    await sendToParent({ events, rssBeforeMb, pending: 'issue 5 (event emit) not on main yet' });
    return void (await ctx.close());
  }
  const samplesMb: number[] = [];
  const heapMb: number[] = [settledHeapMb()];
  const start = process.hrtime.bigint();
  for (let i = 0; i < events; i++) {
    emit.call(ctx.service, EVENT_NAME, EVENT_ATTRIBUTES);
    if (i % 10_000 === 9_999) await yieldToLoop();
    if (i % 100_000 === 99_999) samplesMb.push(mb(process.memoryUsage().rss));
    if (i === events / 2 - 1) heapMb.push(settledHeapMb());
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rssAfterMb = settledRssMb();
  heapMb.push(settledHeapMb());
  const failures = ctx.sdk.diagnostics.snapshot();
  const closeStart = Date.now();
  if (measureClose) await ctx.close();
  const closeSeconds = measureClose ? (Date.now() - closeStart) / 1000 : undefined;
  await sendToParent({
    events,
    seconds,
    rssBeforeMb,
    rssAfterMb,
    samplesMb,
    heapMb,
    failures,
    closeSeconds,
  });
}

// Exit as soon as the result is sent: timers of exports still in flight must not hold the bench.
main()
  .catch((error: unknown) => sendToParent({ error: String((error as Error)?.stack ?? error) }))
  .finally(() => process.disconnect());
