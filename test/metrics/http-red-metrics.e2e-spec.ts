import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { parsePrometheusText, sampleValue } from '../support/prometheus-text';
import { createApp, PLATFORMS } from './fixtures/create-app';
import { UsersController } from './fixtures/users.controller';

const DURATION = 'http_server_request_duration_seconds';
const REQUESTS = 'http_server_requests_total';

describe.each(PLATFORMS)('HTTP RED metrics on %s', (platform) => {
  let app: INestApplication;

  beforeEach(async () => {
    app = await createApp(
      platform,
      { metrics: { otlpEnabled: false, prometheus: { defaultMetrics: false } } },
      { controllers: [UsersController] },
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

  it('does not count scrapes of /metrics', async () => {
    await scrape();
    await scrape();
    const m = await scrape();
    expect(m.samples.filter((s) => s.name === REQUESTS)).toHaveLength(0);
  });
});
