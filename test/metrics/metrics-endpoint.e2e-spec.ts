import 'reflect-metadata';
import { Controller, Get, type INestApplication } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import request from 'supertest';
import { TelemetryDiagnostics, TelemetryService } from '../../src';
import { MetricsPortServer } from '../../src/metrics/prometheus/metrics-port-server';
import { parsePrometheusText, sampleValue } from '../support/prometheus-text';
import { createApp, PLATFORMS } from './fixtures/create-app';
import { RejectUnlessPublicGuard } from './fixtures/public-guard';

@Controller('orders')
class OrdersController {
  constructor(private readonly telemetry: TelemetryService) {}

  @Get('place')
  place(): string {
    this.telemetry
      .counter({ name: 'orders.placed', help: 'Orders placed', labelNames: ['channel'] })
      .add(1, { channel: 'web' });
    return 'ok';
  }
}

const base = { metrics: { otlpEnabled: false } };

describe.each(PLATFORMS)('/metrics on %s', (platform) => {
  let app: INestApplication | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('exposes metrics defined through TelemetryService, process metrics and our own health', async () => {
    app = await createApp(platform, base, { controllers: [OrdersController] });
    await request(app.getHttpServer()).get('/orders/place').expect(200);
    app.get(TelemetryDiagnostics).count('span_export_failed', 2);
    const res = await request(app.getHttpServer()).get('/metrics').expect(200);
    const m = parsePrometheusText(res.text);
    expect(sampleValue(m, 'orders_placed_total', { channel: 'web' })).toBe(1);
    expect(m.types.process_cpu_user_seconds_total).toBe('counter');
    expect(m.types.nodejs_heap_size_used_bytes).toBe('gauge');
    expect(m.types.nodejs_active_handles_total).toBeUndefined();
    expect(
      sampleValue(m, 'nestjs_telemetry_internal_errors_total', { reason: 'span_export_failed' }),
    ).toBe(2);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers OpenMetrics when the scraper asks for it', async () => {
    app = await createApp(platform, base, { controllers: [OrdersController] });
    await request(app.getHttpServer()).get('/orders/place').expect(200);
    const res = await request(app.getHttpServer())
      .get('/metrics')
      .set('Accept', 'application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5')
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/openmetrics-text;/);
    expect(res.headers['content-type']).toContain('version=1.0.0');
    expect(res.text).toContain('# TYPE orders_placed counter\n');
    expect(res.text).toContain('orders_placed_total{channel="web"} 1\n');
    expect(res.text.endsWith('# EOF\n')).toBe(true);
  });

  it('requires the bearer token when one is configured', async () => {
    app = await createApp(platform, {
      metrics: { otlpEnabled: false, prometheus: { bearerToken: 's3cret' } },
    });
    const server = app.getHttpServer();
    const denied = await request(server).get('/metrics').expect(401);
    expect(denied.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    await request(server).get('/metrics').set('Authorization', 'Bearer wrong').expect(401);
    await request(server).get('/metrics').set('Authorization', 'Bearer s3cret').expect(200);
  });

  it('serves a custom path and passes a global guard through routeMetadata', async () => {
    app = await createApp(
      platform,
      {
        metrics: {
          otlpEnabled: false,
          prometheus: { path: '/internal/prom', routeMetadata: { isPublic: true } },
        },
      },
      {
        controllers: [OrdersController],
        providers: [{ provide: APP_GUARD, useClass: RejectUnlessPublicGuard }],
      },
    );
    await request(app.getHttpServer()).get('/orders/place').expect(403);
    const res = await request(app.getHttpServer()).get('/internal/prom').expect(200);
    expect(res.text).toContain('# TYPE http_server_requests_total counter');
    await request(app.getHttpServer()).get('/metrics').expect(404);
  });

  it('serves a separate port outside Nest (no guard applies) and nothing on the app', async () => {
    app = await createApp(
      platform,
      { metrics: { otlpEnabled: false, prometheus: { port: 0, host: '127.0.0.1' } } },
      {
        controllers: [OrdersController],
        providers: [{ provide: APP_GUARD, useClass: RejectUnlessPublicGuard }],
      },
    );
    await request(app.getHttpServer()).get('/metrics').expect(404);
    const port = app.get(MetricsPortServer).address()!.port;
    const res = await request(`http://127.0.0.1:${port}`).get('/metrics').expect(200);
    expect(parsePrometheusText(res.text).types.http_server_requests_total).toBe('counter');
    await request(`http://127.0.0.1:${port}`).get('/other').expect(404);
  });

  it('behaves as without the module when telemetry is disabled', async () => {
    app = await createApp(platform, { enabled: false }, { controllers: [OrdersController] });
    await request(app.getHttpServer()).get('/metrics').expect(404);
    await request(app.getHttpServer()).get('/orders/place').expect(200);
  });

  it('keeps two apps in one process apart', async () => {
    app = await createApp(platform, base, { controllers: [OrdersController] });
    const other = await createApp(platform, base, { controllers: [OrdersController] });
    try {
      await request(app.getHttpServer()).get('/orders/place').expect(200);
      await request(app.getHttpServer()).get('/orders/place').expect(200);
      await request(other.getHttpServer()).get('/orders/place').expect(200);
      const a = parsePrometheusText((await request(app.getHttpServer()).get('/metrics')).text);
      const b = parsePrometheusText((await request(other.getHttpServer()).get('/metrics')).text);
      expect(sampleValue(a, 'orders_placed_total', { channel: 'web' })).toBe(2);
      expect(sampleValue(b, 'orders_placed_total', { channel: 'web' })).toBe(1);
    } finally {
      await other.close();
    }
  });
});
