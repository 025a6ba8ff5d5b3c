import { OtlpReceiver } from '../support/otlp-receiver';
import { spawnApp, type SpawnedApp } from '../support/spawn-app';

const SCRIPT = 'test/fixtures/fault-app/main.ts';
const BUFFERED = 2000;

/**
 * SIGTERM on a real app process (enableShutdownHooks) with 2,000 spans and 2,000 events
 * buffered: readiness turns 503 during the drain delay, then every one reaches the collector; with the collector down the
 * process still exits in time and logs the loss once, with counts. Requires dist/.
 */
describe('SIGTERM shutdown (spawned app)', () => {
  let receiver: OtlpReceiver;
  let app: SpawnedApp | undefined;

  beforeEach(async () => (receiver = await new OtlpReceiver().start()));
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    await receiver.stop();
  });

  const start = (env: Record<string, string> = {}) =>
    spawnApp(SCRIPT, {
      env: {
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_EXPORTER_OTLP_TIMEOUT: '1500',
        OTEL_BSP_SCHEDULE_DELAY: '60000',
        // Batches as large as the queues: nothing leaves before the shutdown flush.
        OTEL_BSP_MAX_QUEUE_SIZE: '4096',
        OTEL_BSP_MAX_EXPORT_BATCH_SIZE: '4096',
        OTEL_BLRP_SCHEDULE_DELAY: '60000',
        OTEL_BLRP_MAX_QUEUE_SIZE: '4096',
        OTEL_BLRP_MAX_EXPORT_BATCH_SIZE: '4096',
        ...env,
      },
    });
  const burst = async (url: string) => {
    const spans = await fetch(`${url}/burst?n=${BUFFERED}`);
    expect(await spans.json()).toEqual({ spans: BUFFERED });
    const events = await fetch(`${url}/events?n=${BUFFERED}`);
    expect(await events.json()).toEqual({ events: BUFFERED });
  };

  it('turns readiness 503, drains, then delivers all 2,000 buffered spans and 2,000 events', async () => {
    app = await start({ FIXTURE_DRAIN_MS: '1000' });
    const { url } = app;
    await burst(url);
    expect((await fetch(`${url}/health/ready`)).status).toBe(200);
    expect(receiver.spans()).toHaveLength(0);
    expect(receiver.logs()).toHaveLength(0);

    const stopped = app.stop();
    await new Promise((r) => setTimeout(r, 300));
    const ready = await fetch(`${url}/health/ready`);
    const body = (await ready.json()) as { status: string };
    const work = await fetch(`${url}/work/draining`);
    const exit = await stopped;
    app = undefined;

    expect({ ready: ready.status, status: body.status, work: work.status }).toEqual({
      ready: 503,
      status: 'shutting_down',
      work: 200,
    });
    expect([0, 'SIGTERM']).toContain(exit);
    const delivered = receiver.spans().filter((s) => s.name === 'burst.unit');
    const events = receiver.logs().filter((e) => e.eventName === 'burst.event');
    console.log(
      `SIGTERM with the collector up: ${delivered.length}/${BUFFERED} buffered spans and ` +
        `${events.length}/${BUFFERED} buffered events decoded`,
    );
    expect(delivered).toHaveLength(BUFFERED);
    expect(new Set(delivered.map((s) => s.attributes.i)).size).toBe(BUFFERED);
    expect(events).toHaveLength(BUFFERED);
    expect(new Set(events.map((e) => e.attributes.i)).size).toBe(BUFFERED);
  });

  it('with the collector down, exits within the deadline and logs the loss once with counts', async () => {
    app = await start({ FIXTURE_SHUTDOWN_TIMEOUT_MS: '3000' });
    const spawned = app;
    await burst(spawned.url);
    await receiver.refuseConnections();

    const started = Date.now();
    const exit = await spawned.stop();
    const took = Date.now() - started;
    app = undefined;

    const lossLines = spawned.output().match(/Telemetry shutdown could not deliver.*/g) ?? [];
    console.log(`SIGTERM with the collector down: exit after ${took} ms; ${lossLines.join(' | ')}`);
    expect([0, 'SIGTERM']).toContain(exit);
    expect(took).toBeLessThan(3000 + 2000);
    expect(lossLines).toHaveLength(1);
    expect(lossLines[0]).toMatch(/could not deliver 4\d{3} items; /);
    expect(lossLines[0]).toMatch(/otlp_traces: 200\d \(200\d export_failed\)/);
    expect(lossLines[0]).toMatch(/otlp_events: 2000 \(/);
    expect(spawned.output()).not.toMatch(/FATAL/);
  });
});
