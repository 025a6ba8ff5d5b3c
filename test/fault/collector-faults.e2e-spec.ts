import { loadavg } from 'node:os';
import { OtlpReceiver } from '../support/otlp-receiver';
import { spawnApp, type SpawnedApp } from '../support/spawn-app';
import { runLoad, type PhaseFigures } from './load-phase';

const SCRIPT = 'test/fixtures/fault-app/main.ts';
const PHASE_SECONDS = 4;
/** p99 may be at most 1.5x the collector-up run, but never needs to beat this (a shared 2-core box is noisy). */
const P99_FLOOR_MS = 400;

type Fault = 'refuse' | 'hang' | 'error500' | 'throttle429';

/**
 * The collector fails in four ways while a real app process serves ~200 req/s. Requires dist/
 * (npm test builds it). Prints requests, errors, p99 and drops per phase.
 */
describe('collector faults (spawned app under load)', () => {
  let receiver: OtlpReceiver;
  let app: SpawnedApp;

  beforeAll(async () => {
    receiver = await new OtlpReceiver().start();
    app = await spawnApp(SCRIPT, {
      env: {
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_EXPORTER_OTLP_TIMEOUT: '1500',
        OTEL_BSP_SCHEDULE_DELAY: '200',
        OTEL_BSP_MAX_EXPORT_BATCH_SIZE: '64',
        OTEL_BSP_MAX_QUEUE_SIZE: '256',
        NODE_OPTIONS: '--expose-gc',
      },
    });
  });
  afterAll(async () => {
    await app?.stop();
    await receiver?.stop();
  });

  const health = async (path = '/health') => {
    const res = await fetch(`${app.url}${path}`);
    return { status: res.status, body: (await res.json()) as any };
  };
  const exporter = async () => (await health()).body.details.otlp_traces;
  const heapMb = async () =>
    ((await (await fetch(`${app.url}/stats`)).json()) as NodeJS.MemoryUsage).heapUsed / 2 ** 20;
  const until = async <T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 6000) => {
    const deadline = Date.now() + ms;
    let value = await read();
    while (!ok(value) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      value = await read();
    }
    return value;
  };
  const setFault = async (fault: Fault | 'up') => {
    if (fault === 'refuse') return receiver.refuseConnections();
    await receiver.acceptConnections();
    receiver.setMode(fault);
  };

  it('keeps serving at normal latency through refuse, hang, 500 and 429, and exports again after', async () => {
    const figures: (PhaseFigures & { health: string; drops: string; loopMaxMs: number })[] = [];
    const record = async (f: PhaseFigures) => {
      const { details } = (await health()).body;
      const e = details.otlp_traces;
      const drops = `spans ${JSON.stringify(e.dropped)} events ${JSON.stringify(details.otlp_events?.dropped)}`;
      const loop = (await (await fetch(`${app.url}/loop`)).json()) as { maxMs: number };
      figures.push({
        ...f,
        health: `${e.status}/${details.otlp_events?.status}`,
        drops,
        loopMaxMs: Math.round(loop.maxMs),
      });
    };

    await setFault('up');
    await runLoad(app.url, 'warmup', 2); // JIT and connection warm-up, not measured
    const baseline = await runLoad(app.url, 'baseline', PHASE_SECONDS);
    await record(baseline);
    const p99Limit = Math.max(1.5 * baseline.p99, P99_FLOOR_MS);
    // Other processes share the 2 cores: a phase over the limit is measured once more, and its
    // best p99 counts (a real regression, e.g. requests waiting on the exporter, stays over).
    const bestP99: Record<string, number> = {};
    const measure = async (phase: string) => {
      let figures = await runLoad(app.url, phase, PHASE_SECONDS);
      bestP99[phase] = figures.p99;
      if (figures.p99 > p99Limit) {
        await record({ ...figures, phase: `${phase} (1st)`, superseded: true });
        figures = await runLoad(app.url, phase, PHASE_SECONDS);
        bestP99[phase] = Math.min(bestP99[phase], figures.p99);
      }
      return figures;
    };
    const heapBefore = await heapMb();
    expect((await exporter()).status).toBe('up');

    const faults: Fault[] = ['refuse', 'hang', 'error500', 'throttle429'];
    const transitions: Record<string, { exporter: any; events: any; ready: number; live: number }> =
      {};
    for (const fault of faults) {
      await setFault(fault);
      const figuresOfPhase = await measure(fault);
      const degraded = await until(exporter, (e) => e.status === 'degraded');
      transitions[fault] = {
        exporter: degraded,
        events: (await health()).body.details.otlp_events,
        ready: (await health('/health/ready')).status,
        live: (await health('/health/live')).status,
      };
      await record(figuresOfPhase);
    }
    const heapAfter = await heapMb();

    await setFault('up');
    const recovery = await measure('recover');
    const recovered = await until(exporter, (e) => e.status === 'up');
    await record(recovery);
    const recoveredSpans = await receiver.waitFor(
      () => receiver.spans().filter((s) => String(routeOf(s)).includes('/work/recover')),
      (spans) => spans.length > 0,
      10_000,
    );

    const final = await exporter();
    const failureLogs = count(app.output(), 'Span export failed');
    const eventFailureLogs = count(app.output(), 'Event export to otlp_events failed');
    const queueLogs = count(app.output(), 'span queue is full');
    console.log(
      [
        `Collector fault suite (${PHASE_SECONDS} s per phase, ~200 req/s; p99 limit ${p99Limit} ms, load average ${loadavg()[0].toFixed(1)})`,
        'phase              requests errors non2xx p50ms p99ms loop-max health (spans/events) drops so far',
        ...figures.map(
          (f) =>
            `${f.phase.padEnd(18)} ${String(f.requests).padStart(8)} ${String(f.errors + f.timeouts).padStart(6)} ` +
            `${String(f.non2xx).padStart(6)} ${String(f.p50).padStart(5)} ${String(f.p99).padStart(5)} ${String(f.loopMaxMs).padStart(8)} ${f.health.padEnd(19)} ${f.drops}`,
        ),
        `exported ${final.exported}, failed ${final.failed}, spans decoded at receiver ${receiver.spans().length}, ` +
          `recovered spans ${recoveredSpans.length}; heap ${heapBefore.toFixed(1)} -> ${heapAfter.toFixed(1)} MB; ` +
          `export-failure log lines ${failureLogs} (events ${eventFailureLogs}), queue-full log lines ${queueLogs}; ` +
          `collector requests while failing (traces/logs): ${(
            ['hang', 'error500', 'throttle429'] as const
          )
            .map((m) => `${m} ${receiver.hits(m, '/v1/traces')}/${receiver.hits(m, '/v1/logs')}`)
            .join(', ')}`,
      ].join('\n'),
    );

    for (const f of figures) {
      expect({ phase: f.phase, errors: f.errors, timeouts: f.timeouts, non2xx: f.non2xx }).toEqual({
        phase: f.phase,
        errors: 0,
        timeouts: 0,
        non2xx: 0,
      });
      // The load really ran (a loaded machine may not reach the full rate).
      expect(f.requests).toBeGreaterThan(PHASE_SECONDS * 50);
    }
    for (const [phase, p99] of Object.entries(bestP99)) {
      expect({ phase, p99, withinLimit: p99 <= p99Limit }).toEqual({
        phase,
        p99,
        withinLimit: true,
      });
    }
    for (const fault of faults) {
      const t = transitions[fault];
      expect({ fault, status: t.exporter.status, ready: t.ready, live: t.live }).toEqual({
        fault,
        status: 'degraded',
        ready: 200,
        live: 200,
      });
      expect(t.exporter.consecutiveFailures).toBeGreaterThan(0);
      expect({ fault, events: t.events.status }).toEqual({ fault, events: 'degraded' });
    }
    // Slow failures (refused, hanging, throttled) fill the bounded queue; fast ones fail batches.
    expect(transitions.refuse.exporter.dropped.queue_full).toBeGreaterThan(0);
    expect(transitions.hang.exporter.dropped.queue_full).toBeGreaterThan(0);
    expect(transitions.throttle429.exporter.dropped.queue_full).toBeGreaterThan(0);
    // Fast failures (500) are spaced by the export backoff: a few requests, not one per batch.
    expect(transitions.error500.exporter.dropped.export_failed).toBeGreaterThan(
      transitions.hang.exporter.dropped.export_failed ?? 0,
    );
    expect(receiver.hits('error500', '/v1/traces')).toBeLessThanOrEqual(8);
    expect(receiver.hits('throttle429', '/v1/traces')).toBeLessThanOrEqual(12);
    expect(final.queue.size).toBeLessThanOrEqual(256);
    expect(recovered).toMatchObject({ status: 'up', consecutiveFailures: 0 });
    expect(heapAfter - heapBefore).toBeLessThan(32);
    expect(failureLogs).toBe(1);
    expect(eventFailureLogs).toBe(1);
    expect(queueLogs).toBe(1);
    // The health probes made above produce no server spans; the load requests do.
    const routes = receiver.spans().map((s) => String(routeOf(s)));
    expect(routes.filter((r) => r.includes('/health'))).toEqual([]);
    expect(app.output()).not.toMatch(/FATAL/);
    expect(app.child.exitCode).toBeNull();
  });
});

function routeOf(span: { attributes: Record<string, unknown> }): unknown {
  return span.attributes['url.path'] ?? span.attributes['http.target'];
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}
