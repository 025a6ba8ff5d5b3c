import 'reflect-metadata';
import { Controller, Get, type INestApplication, SetMetadata } from '@nestjs/common';
import { GUARDS_METADATA } from '@nestjs/common/constants';
import { ApplicationConfig } from '@nestjs/core';
import request from 'supertest';
import { SKIP_HTTP_METRICS, SkipTelemetry } from '../../src';
import { parsePrometheusText, sampleValue } from '../support/prometheus-text';
import { createApp, PLATFORMS } from './fixtures/create-app';
import { UsersController } from './fixtures/users.controller';

const DURATION = 'http_server_request_duration_seconds';
const REQUESTS = 'http_server_requests_total';

/** Routes left out of the HTTP metrics by metadata, next to one that is counted. */
@Controller('quiet')
class QuietController {
  @Get('skipped')
  @SkipTelemetry()
  skipped() {
    return 'skipped';
  }

  @Get('marked')
  @SetMetadata(SKIP_HTTP_METRICS, true)
  marked() {
    return 'marked';
  }

  @Get('counted')
  counted() {
    return 'counted';
  }
}

@SkipTelemetry()
@Controller('probe')
class ProbeController {
  @Get()
  ping() {
    return 'pong';
  }

  /** The handler's own metadata wins over its controller's. */
  @Get('counted')
  @SetMetadata(SKIP_HTTP_METRICS, false)
  counted() {
    return 'counted';
  }
}

describe.each(PLATFORMS)('HTTP RED metrics on %s', (platform) => {
  let app: INestApplication;

  beforeEach(async () => {
    app = await createApp(
      platform,
      { metrics: { otlpEnabled: false, prometheus: { defaultMetrics: false } } },
      { controllers: [UsersController, QuietController, ProbeController] },
    );
  });
  afterEach(() => app.close());

  async function scrape() {
    const res = await request(app.getHttpServer()).get('/metrics').expect(200);
    const params = String(res.headers['content-type']).split(/;\s*/).sort();
    expect(params).toEqual(['charset=utf-8', 'text/plain', 'version=0.0.4']);
    return parsePrometheusText(res.text);
  }

  const labels = (route: string, status: number) => ({
    http_request_method: 'GET',
    http_route: route,
    http_response_status_code: String(status),
  });

  it('labels requests by route template and the status the client got', async () => {
    const server = app.getHttpServer();
    await request(server).get('/users/1').expect(200);
    await request(server).get('/users/2').expect(200);
    await request(server).get('/users/missing').expect(404);
    await request(server).get('/users/boom').expect(500);
    await request(server).get('/users/7/secret').expect(403);
    await request(server).get('/no/such/route').expect(404);
    await request(server).get('/another/unknown').expect(404);

    const m = await scrape();
    expect(sampleValue(m, REQUESTS, labels('/users/:id', 200))).toBe(2);
    expect(sampleValue(m, REQUESTS, labels('/users/:id', 404))).toBe(1);
    expect(sampleValue(m, REQUESTS, labels('/users/:id', 500))).toBe(1);
    expect(sampleValue(m, REQUESTS, labels('/users/:id/secret', 403))).toBe(1);
    expect(sampleValue(m, REQUESTS, labels('unmatched', 404))).toBe(2);
    expect(sampleValue(m, `${DURATION}_count`, labels('/users/:id', 200))).toBe(2);
    expect(sampleValue(m, `${DURATION}_bucket`, { ...labels('/users/:id', 200), le: '+Inf' })).toBe(
      2,
    );
    expect(m.types[DURATION]).toBe('histogram');
    expect(m.types[REQUESTS]).toBe('counter');
    // Never the raw URL.
    expect(
      m.samples.some((s) => /\/users\/(1|2|7|missing|boom)/.test(s.labels.http_route ?? '')),
    ).toBe(false);
    // The scrape itself is not counted.
    expect(m.samples.some((s) => s.labels.http_route?.includes('metrics'))).toBe(false);
  });

  it('leaves out routes marked @SkipTelemetry() or SKIP_HTTP_METRICS, without a global guard', async () => {
    const server = app.getHttpServer();
    for (const path of [
      '/quiet/skipped',
      '/quiet/marked',
      '/quiet/counted',
      '/probe',
      '/probe/counted',
    ])
      await request(server).get(path).expect(200);

    const routes = (await scrape()).samples
      .filter((s) => s.name === REQUESTS)
      .map((s) => s.labels.http_route);
    expect(routes.sort()).toEqual(['/probe/counted', '/quiet/counted']);
    // Only the marked handlers carry the module's guard: every other request skips Nest's guard step.
    const config = app.get(ApplicationConfig);
    expect([...config.getGlobalGuards(), ...config.getGlobalRequestGuards()]).toEqual([]);
    expect(Reflect.getMetadata(GUARDS_METADATA, QuietController.prototype.counted)).toBeUndefined();
    expect(Reflect.getMetadata(GUARDS_METADATA, QuietController.prototype.marked)).toHaveLength(1);
  });

  it('does not count scrapes of /metrics', async () => {
    await scrape();
    await scrape();
    const m = await scrape();
    expect(m.samples.filter((s) => s.name === REQUESTS)).toHaveLength(0);
  });
});
