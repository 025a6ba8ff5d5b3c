import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { describeWithBinary } from '../support/prometheus-binaries';
import { parsePrometheusText } from '../support/prometheus-text';
import { createEverythingApp } from './fixtures/everything-app';
import { PLATFORMS } from './fixtures/create-app';

describeWithBinary('promtool').each(PLATFORMS)('promtool check metrics on %s', (platform) => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await createEverythingApp(platform);
  });
  afterAll(() => app.close());

  it('finds no problem in anything we emit', async () => {
    const text = (await request(app.getHttpServer()).get('/metrics').expect(200)).text;
    const families = Object.keys(parsePrometheusText(text).types);
    expect(families).toEqual(
      expect.arrayContaining([
        'jobs_processed_total',
        'job_duration_seconds',
        'queue_depth',
        'workers_busy',
        'pool_usage_ratio',
        'payload_size_bytes',
        'http_server_requests_total',
        'http_server_request_duration_seconds',
        'gen_ai_client_token_usage',
        'gen_ai_client_operation_duration_seconds',
        'gen_ai_client_cost_usd_total',
        'nestjs_telemetry_internal_errors_total',
        'nestjs_telemetry_exporter_dropped_total',
        'nestjs_telemetry_exporter_consecutive_failures',
        'nestjs_telemetry_metric_series_overflow_total',
        'process_cpu_user_seconds_total',
      ]),
    );
    const lint = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
    expect({ status: lint.status, output: `${lint.stdout}${lint.stderr}`.trim() }).toEqual({
      status: 0,
      output: '',
    });
  });
});
