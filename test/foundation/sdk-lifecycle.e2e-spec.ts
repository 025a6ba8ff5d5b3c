import 'reflect-metadata';
import { Controller, Get } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { trace } from '@opentelemetry/api';
import request from 'supertest';
import { TelemetryModule, type TelemetryModuleOptions } from '../../src';
import { getPreloadedSdk } from '../../src/sdk/preloaded-sdk-slot';
import { startPreloadedSdk } from '../../src/sdk/start-preloaded-sdk';
import { TELEMETRY_SDK } from '../../src/telemetry.constants';
import { OtlpReceiver } from '../support/otlp-receiver';

@Controller()
class WorkController {
  @Get('work')
  work() {
    trace.getTracer('test').startActiveSpan('work.unit', (span) => span.end());
    return {};
  }
}

async function startApp(options: TelemetryModuleOptions) {
  const moduleRef = await Test.createTestingModule({
    imports: [TelemetryModule.forRoot(options)],
    controllers: [WorkController],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

describe('SDK lifecycle', () => {
  let receiver: OtlpReceiver;
  beforeEach(async () => (receiver = await new OtlpReceiver().start()));
  afterEach(() => receiver.stop());

  it('adopts the SDK started by the preload entry instead of starting a second one', async () => {
    const preloaded = startPreloadedSdk({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_SERVICE_NAME: 'pre',
    });
    expect(startPreloadedSdk({})).toBe(preloaded); // a second preload is a no-op
    const app = await startApp({ serviceName: 'pre', otlp: { endpoint: receiver.url } });
    expect(app.get(TELEMETRY_SDK)).toBe(preloaded);
    expect(getPreloadedSdk()).toBeUndefined();
    await request(app.getHttpServer()).get('/work').expect(200);
    await app.close();
    expect(receiver.spans().filter((s) => s.name === 'work.unit')).toHaveLength(1);
  });

  it('replaces the preloaded SDK when explicit options differ, keeping one SDK', async () => {
    const preloaded = startPreloadedSdk({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_SERVICE_NAME: 'pre',
    });
    const app = await startApp({ serviceName: 'explicit', otlp: { endpoint: receiver.url } });
    expect(app.get(TELEMETRY_SDK)).not.toBe(preloaded);
    expect(preloaded.started).toBe(false);
    await request(app.getHttpServer()).get('/work').expect(200);
    await app.close();
    const spans = receiver.spans().filter((s) => s.name === 'work.unit');
    expect(spans.map((s) => s.resource['service.name'])).toEqual(['explicit']);
  });

  it('sends only what the config asks for: no implicit OTLP metric or log exporters', async () => {
    const app = await startApp({
      otlp: { endpoint: receiver.url },
      metrics: { otlpEnabled: false },
      events: { enabled: false },
      traces: { batch: { scheduledDelayMs: 20 } },
    });
    await request(app.getHttpServer()).get('/work').expect(200);
    await new Promise((r) => setTimeout(r, 200));
    await app.close();
    const paths = new Set(receiver.requests.map((r) => r.path));
    expect([...paths]).toEqual(['/v1/traces']);
  });

  it('bounds shutdown by shutdown.timeoutMs when the collector hangs', async () => {
    receiver.setMode('hang');
    const app = await startApp({
      otlp: { endpoint: receiver.url, timeoutMs: 1_000 },
      shutdown: { timeoutMs: 300 },
    });
    await request(app.getHttpServer()).get('/work').expect(200);
    const started = Date.now();
    await app.close();
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
