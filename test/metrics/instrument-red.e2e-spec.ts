import 'reflect-metadata';
import { Controller, Get, Injectable, Param } from '@nestjs/common';
import request from 'supertest';
import { Instrument } from '../../src';
import { parsePrometheusText, sampleValue } from '../support/prometheus-text';
import { createTelemetryTestApp, type TelemetryTestApp } from '../support/telemetry-test-app';

@Injectable()
@Instrument('Inventory', { red: true })
class InventoryService {
  count(sku: string): number {
    if (sku === 'bad') throw new RangeError('unknown sku');
    return 3;
  }

  async reserve(sku: string): Promise<string> {
    await new Promise((r) => setTimeout(r, 20));
    if (sku === 'bad') throw new TypeError('cannot reserve');
    return 'ok';
  }
}

/** An error whose `constructor` cannot be read: recording its type fails. */
const unreadable = () =>
  new Proxy(new Error('odd'), {
    get(target, key) {
      if (key === 'constructor') throw new Error('no constructor for you');
      return Reflect.get(target, key) as unknown;
    },
  });

@Injectable()
class OddService {
  @Instrument({ red: true })
  failSync(error: unknown): never {
    throw error;
  }

  @Instrument({ red: true })
  async failAsync(error: unknown): Promise<never> {
    await Promise.resolve();
    throw error;
  }
}

@Controller('stock')
class StockController {
  constructor(private readonly inventory: InventoryService) {}

  @Get(':sku')
  @Instrument({ red: true })
  async get(@Param('sku') sku: string): Promise<{ n: number; r: string }> {
    return { n: this.inventory.count(sku), r: await this.inventory.reserve(sku) };
  }
}

describe('@Instrument({ red: true })', () => {
  let t: TelemetryTestApp;
  afterEach(() => t.app.close());

  async function run(samplingRatio: number) {
    t = await createTelemetryTestApp({
      controllers: [StockController],
      providers: [InventoryService, OddService],
      options: { traces: { samplingRatio } },
    });
    const server = t.app.getHttpServer();
    await request(server).get('/stock/a1').expect(200);
    await request(server).get('/stock/a2').expect(200);
    await request(server).get('/stock/bad').expect(500);
    return parsePrometheusText((await request(server).get('/metrics').expect(200)).text);
  }

  it.each([1, 0])(
    'counts every call by outcome and error type (sampling ratio %s)',
    async (ratio) => {
      const m = await run(ratio);
      const calls = (fn: string, outcome: string, errorType?: string) =>
        sampleValue(m, 'method_calls_total', {
          code_function_name: fn,
          outcome,
          ...(errorType ? { error_type: errorType } : {}),
        });
      expect(calls('InventoryService.count', 'ok')).toBe(2);
      expect(calls('InventoryService.count', 'error', 'RangeError')).toBe(1);
      expect(calls('InventoryService.reserve', 'ok')).toBe(2);
      expect(calls('StockController.get', 'ok')).toBe(2);
      expect(calls('StockController.get', 'error', 'RangeError')).toBe(1);
      const reserveSum = sampleValue(m, 'method_duration_seconds_sum', {
        code_function_name: 'InventoryService.reserve',
        outcome: 'ok',
      });
      expect(reserveSum).toBeGreaterThanOrEqual(0.038);
      expect(t.spans.spans().length > 0).toBe(ratio === 1);
    },
  );

  it('counts a rejected promise by its error type, and the caller gets the same error', async () => {
    await run(1);
    await expect(t.app.get(InventoryService).reserve('bad')).rejects.toThrow('cannot reserve');
    const m = parsePrometheusText((await request(t.app.getHttpServer()).get('/metrics')).text);
    const rejected = { code_function_name: 'InventoryService.reserve', outcome: 'error' };
    expect(sampleValue(m, 'method_calls_total', { ...rejected, error_type: 'TypeError' })).toBe(1);
  });

  it('hands the caller its own error when recording the call fails, and counts the failure', async () => {
    await run(1);
    const odd = t.app.get(OddService);
    const sync = unreadable();
    expect(() => odd.failSync(sync)).toThrow(expect.objectContaining({ message: 'odd' }));
    const async = unreadable();
    await expect(odd.failAsync(async)).rejects.toBe(async);
    const m = parsePrometheusText((await request(t.app.getHttpServer()).get('/metrics')).text);
    const failures = (reason: string) =>
      sampleValue(m, 'nestjs_telemetry_internal_errors_total', { reason });
    expect(failures('method_metrics_failed')).toBe(2);
    expect(failures('span_error_record_failed')).toBe(2);
    const ended = t.spans.spans().map((span) => span.name);
    expect(ended).toEqual(expect.arrayContaining(['OddService.failSync', 'OddService.failAsync']));
  });
});
