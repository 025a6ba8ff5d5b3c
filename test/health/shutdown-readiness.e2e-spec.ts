import { Logger, type INestApplication } from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import { OtlpReceiver } from '../support/otlp-receiver';
import { createHealthApp } from './health-app';

describe('shutdown ordering', () => {
  let receiver: OtlpReceiver;
  let app: INestApplication;

  beforeEach(async () => {
    receiver = await new OtlpReceiver().start();
  });
  afterEach(() => receiver.stop());

  it('turns readiness 503 first, keeps serving during the drain delay, then flushes spans', async () => {
    app = await createHealthApp({
      otlp: { endpoint: receiver.url },
      traces: { batch: { scheduledDelayMs: 60_000 } },
      shutdown: { drainDelayMs: 800 },
    });
    await app.listen(0, '127.0.0.1');
    const url = await app.getUrl();
    const tracer = trace.getTracer('shutdown-test');
    for (let i = 0; i < 20; i++) tracer.startSpan('buffered').end();
    expect((await fetch(`${url}/health/ready`)).status).toBe(200);

    const closing = app.close();
    await new Promise((r) => setTimeout(r, 100));
    const ready = await fetch(`${url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('cache-control')).toBe('no-cache, no-store, must-revalidate');
    expect(((await ready.json()) as { status: string }).status).toBe('shutting_down');
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
    expect((await fetch(`${url}/ping`)).status).toBe(200);
    expect(receiver.spans()).toHaveLength(0);

    await closing;
    expect(receiver.spans().filter((s) => s.name === 'buffered')).toHaveLength(20);
  });

  it('with the collector down, stops within the deadline and logs the loss once, with counts', async () => {
    const warnings: string[] = [];
    const spy = jest
      .spyOn(Logger.prototype, 'warn')
      .mockImplementation((message: unknown) => void warnings.push(String(message)));
    try {
      app = await createHealthApp({
        otlp: { endpoint: receiver.url, timeoutMs: 2_000 },
        traces: { batch: { scheduledDelayMs: 60_000, maxQueueSize: 100, maxExportBatchSize: 50 } },
        shutdown: { timeoutMs: 600 },
      });
      receiver.setMode('hang');
      const tracer = trace.getTracer('shutdown-test');
      for (let i = 0; i < 130; i++) tracer.startSpan('lost').end();
      const started = Date.now();
      await app.close();
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      spy.mockRestore();
    }
    const loss = warnings.filter((w) => w.startsWith('Telemetry shutdown could not deliver'));
    expect(loss).toEqual([
      'Telemetry shutdown could not deliver 100 items; otlp_traces: 100 (100 still pending at the deadline). ' +
        'Dropped before shutdown: otlp_traces 30.',
    ]);
  });
});
