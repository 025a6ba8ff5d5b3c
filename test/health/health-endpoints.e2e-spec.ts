import { Injectable } from '@nestjs/common';
import request from 'supertest';
import { TelemetryHealthCheck, TelemetryService, type TelemetryHealthIndicator } from '../../src';
import { otlpReceiverPerTest } from '../support/otlp-receiver-per-test';
import { createHealthApp } from './health-app';

@TelemetryHealthCheck('database', { timeoutMs: 500 })
@Injectable()
class DatabaseHealth implements TelemetryHealthIndicator {
  up = true;
  check() {
    return this.up ? { status: 'up' as const, pool: 4 } : Promise.reject(new Error('pool closed'));
  }
}

describe('health endpoints', () => {
  const t = otlpReceiverPerTest();

  const start = async (options = {}, providers: any[] = []) => {
    t.app = await createHealthApp({ otlp: { endpoint: t.receiver.url }, ...options }, providers);
    return request(t.app.getHttpServer());
  };

  it('lists only exporters that exist: no otlp_traces check when traces.exporter is none', async () => {
    const http = await start({ traces: { exporter: 'none' } });
    const report = await http.get('/health').expect(200);
    expect(report.body.details.otlp_traces).toBeUndefined();
    expect(report.body.details.telemetry).toBeDefined();
  });

  it('serves live, ready and the full report in the terminus shape, uncached', async () => {
    const http = await start();
    const ready = await http.get('/health/ready').expect(200);
    expect(ready.headers['cache-control']).toBe('no-cache, no-store, must-revalidate');
    expect(ready.body.status).toBe('ok');
    expect(ready.body.error).toEqual({});
    expect(ready.body.details.otlp_traces).toMatchObject({
      status: 'up',
      consecutiveFailures: 0,
      lastError: null,
      dropped: {},
      queue: { size: 0, capacity: 2048 },
    });
    expect(ready.body.details.telemetry).toMatchObject({ status: 'up', failures: {} });
    const full = await http.get('/health').expect(200);
    expect(Object.keys(full.body.details)).toEqual(Object.keys(ready.body.details));
    const live = await http.get('/health/live').expect(200);
    expect(live.headers['cache-control']).toBe('no-cache, no-store, must-revalidate');
    expect(live.body).toMatchObject({
      status: 'ok',
      error: {},
      info: { process: { status: 'up' } },
    });
  });

  it('runs user checks registered through the service, each with its own timeout', async () => {
    const http = await start({ health: { checkTimeoutMs: 300 } });
    const telemetry = t.app!.get(TelemetryService);
    telemetry.registerHealthCheck('cache', async () => ({ status: 'up', hits: 3 }));
    telemetry.registerHealthCheck('search', () => false, { required: false });
    const remove = telemetry.registerHealthCheck('queue', () => new Promise(() => {}));
    expect(() => telemetry.registerHealthCheck('cache', () => true)).toThrow(/already registered/);

    const started = Date.now();
    const res = await http.get('/health/ready').expect(503);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(res.body.status).toBe('error');
    expect(res.body.error.queue).toMatchObject({
      status: 'down',
      message: 'timed out after 300 ms',
    });
    expect(res.body.info.cache).toMatchObject({ status: 'up', hits: 3 });
    expect(res.body.info.search.status).toBe('down');
    await http.get('/health/live').expect(200);

    remove();
    const after = await http.get('/health/ready').expect(200);
    expect(after.body.details.queue).toBeUndefined();
  });

  it('registers providers marked @TelemetryHealthCheck()', async () => {
    const http = await start({}, [DatabaseHealth]);
    const ok = await http.get('/health/ready').expect(200);
    expect(ok.body.info.database).toMatchObject({ status: 'up', pool: 4 });
    t.app!.get(DatabaseHealth).up = false;
    const down = await http.get('/health/ready').expect(503);
    expect(down.body.error.database).toMatchObject({ status: 'down', message: 'pool closed' });
  });

  it('mounts at health.path', async () => {
    const http = await start({ health: { path: '/status' } });
    await http.get('/status/ready').expect(200);
    await http.get('/status/live').expect(200);
    await http.get('/health').expect(404);
  });

  it.each([{ enabled: false }, { health: { enabled: false } }])(
    'serves no health route with %j, and registering a check is a no-op',
    async (options) => {
      const http = await start(options);
      await http.get('/health').expect(404);
      await http.get('/health/live').expect(404);
      await http.get('/health/ready').expect(404);
      const remove = t.app!.get(TelemetryService).registerHealthCheck('x', () => false);
      expect(typeof remove).toBe('function');
      await http.get('/ping').expect(200);
    },
  );
});
