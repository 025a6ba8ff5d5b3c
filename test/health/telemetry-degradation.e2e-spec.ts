import { trace } from '@opentelemetry/api';
import request from 'supertest';
import { otlpReceiverPerTest } from '../support/otlp-receiver-per-test';
import { createHealthApp } from './health-app';

/** Ends `n` spans now. */
const emitSpans = (n: number) => {
  const tracer = trace.getTracer('degradation-test');
  for (let i = 0; i < n; i++) tracer.startSpan(`unit.${i}`).end();
};

describe('health under telemetry faults', () => {
  const t = otlpReceiverPerTest();

  const start = async (options: object = {}) => {
    t.app = await createHealthApp({
      otlp: { endpoint: t.receiver.url, timeoutMs: 500 },
      traces: { batch: { scheduledDelayMs: 20, maxExportBatchSize: 10, maxQueueSize: 50 } },
      shutdown: { timeoutMs: 1000 },
      ...options,
    });
    return request(t.app.getHttpServer());
  };

  it('reports a failing exporter as degraded; ready stays 200, live 200; back up on recovery', async () => {
    const http = await start();
    t.receiver.setMode('error500');
    emitSpans(5);
    let check: any;
    for (let i = 0; i < 100 && check?.status !== 'degraded'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      check = (await http.get('/health').expect(200)).body.details.otlp_traces;
    }
    expect(check).toMatchObject({ status: 'degraded', dropped: { export_failed: 5 } });
    expect(check.consecutiveFailures).toBeGreaterThanOrEqual(1);
    expect(check.lastError.message).toMatch(/Internal Server Error|500/);
    const ready = await http.get('/health/ready').expect(200);
    expect(ready.body.info.telemetry).toMatchObject({
      status: 'degraded',
      failures: { span_export_failed: 5 },
    });
    await http.get('/health/live').expect(200);

    t.receiver.setMode('up');
    emitSpans(3);
    for (let i = 0; i < 100 && check.status !== 'up'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      check = (await http.get('/health').expect(200)).body.details.otlp_traces;
    }
    expect(check).toMatchObject({ status: 'up', consecutiveFailures: 0, exported: 3 });
    expect(t.receiver.spans().map((s) => s.name)).toEqual(['unit.0', 'unit.1', 'unit.2']);
  });

  it('fails readiness on degraded telemetry only with degradedFailsReadiness', async () => {
    const http = await start({ health: { degradedFailsReadiness: true } });
    t.receiver.setMode('error500');
    emitSpans(2);
    let res: request.Response | undefined;
    for (let i = 0; i < 100 && res?.status !== 503; i++) {
      await new Promise((r) => setTimeout(r, 50));
      res = await http.get('/health/ready');
    }
    expect(res!.status).toBe(503);
    expect(res!.body.status).toBe('error');
    expect(res!.body.error.otlp_traces.status).toBe('degraded');
    await http.get('/health/live').expect(200);
  });

  it('drops and counts spans past the queue bound while the collector hangs', async () => {
    const http = await start();
    t.receiver.setMode('hang');
    emitSpans(10); // one batch goes out and hangs
    await new Promise((r) => setTimeout(r, 100));
    emitSpans(200);
    const { body } = await http.get('/health').expect(200);
    const check = body.details.otlp_traces;
    expect(check.queue).toMatchObject({ size: 50, capacity: 50, fill: 1 });
    expect(check.dropped.queue_full).toBe(150);
    expect(check.status).toBe('degraded');
    expect(body.details.telemetry.failures.span_queue_full).toBe(150);
  });
});
