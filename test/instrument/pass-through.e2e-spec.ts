import 'reflect-metadata';
import { Controller, Get, Injectable } from '@nestjs/common';
import { context, type Context } from '@opentelemetry/api';
import request from 'supertest';
import { Instrument, TelemetryService } from '../../src';
import { getActiveRuntime } from '../../src/runtime/active-runtime';
import { createTelemetryTestApp, type TelemetryTestApp } from '../support/telemetry-test-app';

@Injectable()
class Store {
  readonly pending = Promise.resolve('value');
  seenContext: Context | undefined;

  @Instrument({ fields: { key: (key: string) => key } })
  get(_key: string): Promise<string> {
    this.seenContext = context.active();
    return this.pending;
  }
}

@Controller()
class StoreController {
  constructor(
    private readonly store: Store,
    private readonly telemetry: TelemetryService,
  ) {}

  @Get('identity')
  async identity(): Promise<{ same: boolean; traceId: string | undefined }> {
    return this.telemetry.span('root', async () => {
      const result = this.store.get('k');
      return { same: result === this.store.pending, traceId: this.telemetry.traceId() };
    });
  }

  @Get('context')
  context(): { same: boolean } {
    return this.telemetry.span('root', () => {
      const outer = context.active();
      void this.store.get('k');
      return { same: this.store.seenContext === outer };
    });
  }
}

async function appWith(traces: { enabled?: boolean; samplingRatio?: number }) {
  return createTelemetryTestApp({
    controllers: [StoreController],
    providers: [Store],
    options: { traces },
  });
}

describe('@Instrument pass-through', () => {
  let t: TelemetryTestApp | undefined;

  afterEach(async () => {
    await t?.app.close();
    t = undefined;
  });

  it('forwards calls untouched when no TelemetryModule is running', async () => {
    expect(getActiveRuntime()).toBeUndefined();
    const store = new Store();
    expect(store.get('k')).toBe(store.pending);
    await expect(store.get('k')).resolves.toBe('value');
  });

  it('forwards calls untouched with traces.enabled false', async () => {
    t = await appWith({ enabled: false });
    const res = await request(t.app.getHttpServer()).get('/identity').expect(200);
    expect(res.body).toEqual({ same: true });
    expect(t.spans.spans()).toEqual([]);
  });

  it('wraps the promise when the trace is sampled (the identity check can fail)', async () => {
    t = await appWith({});
    const res = await request(t.app.getHttpServer()).get('/identity').expect(200);
    expect(res.body.same).toBe(false);
    t.spans.expectSpan('Store.get', { parent: 'root', fields: { key: 'k' } });
  });

  it('inside a sampled-out trace: no span, no wrapping, no new context, ids still propagate', async () => {
    t = await appWith({ samplingRatio: 0 });
    const res = await request(t.app.getHttpServer()).get('/identity').expect(200);
    expect(res.body.same).toBe(true);
    expect(res.body.traceId).toMatch(/^[0-9a-f]{32}$/);
    await request(t.app.getHttpServer()).get('/context').expect(200, { same: true });
    expect(t.spans.spans()).toEqual([]);
  });
});
