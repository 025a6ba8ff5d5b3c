import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { getActiveRuntime } from '../../src/runtime/active-runtime';
import { parsePrometheusText, sampleValue } from '../support/prometheus-text';
import { createApp } from './fixtures/create-app';

describe('metrics for decorators through the runtime', () => {
  let app: INestApplication | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('records method RED metrics and GenAI span metrics via runtime.metrics', async () => {
    app = await createApp('express', {
      metrics: {
        otlpEnabled: false,
        prefix: 'shop_',
        genAi: { prices: { m1: { input: 1, output: 2 } } },
      },
    });
    const sink = getActiveRuntime()?.metrics;
    expect(sink).toBeDefined();
    sink!.recordMethodCall({ className: 'OrdersService', method: 'place', durationS: 0.2 });
    sink!.recordMethodCall({
      className: 'OrdersService',
      method: 'place',
      durationS: 0.1,
      error: new RangeError('x'),
    });
    sink!.recordGenAiSpan(
      {
        'gen_ai.provider.name': 'p',
        'gen_ai.request.model': 'm1',
        'gen_ai.usage.output_tokens': 1e6,
      },
      1,
    );

    const m = parsePrometheusText(
      (await request(app.getHttpServer()).get('/metrics').expect(200)).text,
    );
    const fn = { code_function_name: 'OrdersService.place' };
    expect(sampleValue(m, 'shop_method_calls_total', { ...fn, outcome: 'ok' })).toBe(1);
    expect(
      sampleValue(m, 'shop_method_calls_total', {
        ...fn,
        outcome: 'error',
        error_type: 'RangeError',
      }),
    ).toBe(1);
    expect(sampleValue(m, 'shop_method_duration_seconds_count', { ...fn, outcome: 'ok' })).toBe(1);
    expect(sampleValue(m, 'gen_ai_client_cost_usd_total', { gen_ai_token_type: 'output' })).toBe(2);
  });

  it('attaches nothing when telemetry is disabled', async () => {
    app = await createApp('express', { enabled: false });
    expect(getActiveRuntime()).toBeUndefined();
  });
});
