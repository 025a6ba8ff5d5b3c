import 'reflect-metadata';
import request from 'supertest';
import { ExporterStatusRegistry } from '../../src';
import { lastMetric } from '../support/otlp-metric-points';
import { otlpReceiverPerTest } from '../support/otlp-receiver-per-test';
import { parsePrometheusText, sampleValue } from '../support/prometheus-text';
import { createApp } from './fixtures/create-app';
import { UsersController } from './fixtures/users.controller';
import { WorkController } from './fixtures/everything-app';

describe('OTLP metrics export', () => {
  const t = otlpReceiverPerTest();

  const start = (exportIntervalMs: number) =>
    createApp(
      'express',
      {
        serviceName: 'otlp-metrics-test',
        otlp: { endpoint: t.receiver.url },
        metrics: { exportIntervalMs, defaultLabels: { region: 'eu' } },
      },
      { controllers: [WorkController, UsersController] },
    );

  it('exports the registry (recorded once) with OpenTelemetry names, units and kinds at shutdown', async () => {
    t.app = await start(60_000);
    for (let i = 0; i < 3; i++) await request(t.app.getHttpServer()).get('/work').expect(200);
    await request(t.app.getHttpServer()).get('/users/42').expect(200);
    expect(t.receiver.metrics()).toHaveLength(0);
    await t.app.close();
    t.app = undefined;

    const sent = t.receiver.metrics();
    const jobs = lastMetric(sent, 'jobs.processed')!;
    expect(jobs).toMatchObject({
      kind: 'sum',
      isMonotonic: true,
      temporality: 2,
      unit: '{job}',
      scope: 'nestjs-telemetry',
    });
    expect(jobs.points).toEqual([
      expect.objectContaining({ value: 3, attributes: { queue: 'mail', region: 'eu' } }),
    ]);
    expect(jobs.resource['service.name']).toBe('otlp-metrics-test');

    const duration = lastMetric(sent, 'job.duration')!;
    expect(duration.kind).toBe('histogram');
    expect(duration.unit).toBe('s');
    expect(duration.points[0]).toMatchObject({
      count: 3,
      bounds: [0.1, 0.5, 1],
      counts: [0, 3, 0, 0],
    });
    expect(duration.points[0].sum).toBeCloseTo(0.9);

    expect(lastMetric(sent, 'queue.depth')).toMatchObject({ kind: 'gauge' });
    expect(lastMetric(sent, 'workers.busy')).toMatchObject({ kind: 'sum', isMonotonic: false });
    expect(lastMetric(sent, 'pool.usage')!.points[0].value).toBe(0.25);

    const tokens = lastMetric(sent, 'gen_ai.client.token.usage')!;
    expect(tokens.unit).toBe('{token}');
    expect(tokens.points.map((p) => p.attributes['gen_ai.token.type']).sort()).toEqual([
      'input',
      'output',
    ]);
    expect(tokens.points[0].bounds).toEqual([
      1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864,
    ]);

    const http = lastMetric(sent, 'http.server.request.duration')!;
    expect(http.points.filter((p) => p.attributes['http.route'] === '/users/:id')).toEqual([
      expect.objectContaining({
        count: 1,
        attributes: {
          'http.request.method': 'GET',
          'http.route': '/users/:id',
          'http.response.status_code': 200,
          region: 'eu',
        },
      }),
    ]);
  });

  it('exports every interval and reports the exporter status in /metrics', async () => {
    t.app = await start(300);
    await request(t.app.getHttpServer()).get('/work').expect(200);
    await t.receiver.waitFor(
      () => t.receiver.metrics(),
      (r) => lastMetric(r, 'jobs.processed') !== undefined,
    );
    // The receiver has the bytes before the exporter's callback records the success.
    const status = await t.receiver.waitFor(
      () => t.app!.get(ExporterStatusRegistry).get('otlp_metrics').snapshot(),
      (s) => s.lastSuccessAt !== null,
    );
    expect(status.exported).toBeGreaterThan(0);

    t.receiver.setMode('error500');
    await t.receiver.waitFor(
      () => t.app!.get(ExporterStatusRegistry).get('otlp_metrics').snapshot().consecutiveFailures,
      (n) => n >= 1,
    );
    const m = parsePrometheusText((await request(t.app.getHttpServer()).get('/metrics')).text);
    expect(
      sampleValue(m, 'nestjs_telemetry_exporter_consecutive_failures', {
        exporter: 'otlp_metrics',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sampleValue(m, 'nestjs_telemetry_exporter_dropped_total', {
        exporter: 'otlp_metrics',
        reason: 'export_failed',
      }),
    ).toBeGreaterThan(0);
    expect(
      sampleValue(m, 'nestjs_telemetry_internal_errors_total', { reason: 'metric_export_failed' }),
    ).toBeGreaterThanOrEqual(1);
  });
});
