import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { TelemetryMetrics } from '../../src';
import { createApp } from './fixtures/create-app';

/** The `process_cpu_user_seconds_total` sample line of a /metrics body. */
const cpuLine = (body: string) => body.split('\n').find((l) => l.startsWith('process_cpu_user'));

describe('prom-client process metrics, one set per process', () => {
  const apps: INestApplication[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });
  const start = async (region: string) => {
    const app = await createApp('express', {
      serviceName: `process-metrics-${region}`,
      metrics: { otlpEnabled: false, defaultLabels: { region } },
    });
    apps.push(app);
    return app;
  };

  it('shows each app its own default labels, whatever another app’s registry did', async () => {
    const eu = await start('eu');
    const us = await start('us');
    // prom-client's JSON rendering writes a registry's default labels into the samples it reads.
    await eu.get(TelemetryMetrics).registry.getMetricsAsJSON();

    const usBody = (await request(us.getHttpServer()).get('/metrics').expect(200)).text;
    const euBody = (await request(eu.getHttpServer()).get('/metrics').expect(200)).text;
    expect(cpuLine(usBody)).toMatch(/^process_cpu_user_seconds_total\{region="us"\} [\d.]+$/);
    expect(cpuLine(euBody)).toMatch(/^process_cpu_user_seconds_total\{region="eu"\} [\d.]+$/);
    expect(usBody).not.toContain('region="eu"');
  });

  it('leaves the process figures alone when one app resets its registry', async () => {
    const eu = await start('eu');
    const us = await start('us');
    const gcCount = (body: string) =>
      body
        .split('\n')
        .filter((l) => l.startsWith('nodejs_gc_duration_seconds_count'))
        .reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
    // Garbage to collect, so the GC histogram has counts to lose.
    for (let i = 0; i < 20; i++) new Array(100_000).fill({ i });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const before = gcCount((await request(us.getHttpServer()).get('/metrics')).text);
    expect(before).toBeGreaterThan(0);
    eu.get(TelemetryMetrics).registry.resetMetrics();
    const after = gcCount((await request(us.getHttpServer()).get('/metrics')).text);
    expect(after).toBeGreaterThanOrEqual(before);
  });

  it('gives an app started after another closed the same process metrics', async () => {
    const first = await start('eu');
    await request(first.getHttpServer()).get('/metrics').expect(200);
    await apps.splice(0)[0].close();
    const second = await start('us');
    const body = (await request(second.getHttpServer()).get('/metrics').expect(200)).text;
    expect(cpuLine(body)).toMatch(/region="us"/);
    expect(body).toMatch(/^nodejs_gc_duration_seconds_bucket\{/m);
    expect(body).toMatch(/^nodejs_eventloop_lag_seconds\{region="us"\} /m);
  });
});
