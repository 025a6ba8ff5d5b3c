import 'reflect-metadata';
import { Controller, Get } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { trace } from '@opentelemetry/api';
import request from 'supertest';
import { TelemetryModule, TelemetryService } from '../../src';
import { getActiveRuntime } from '../../src/runtime/active-runtime';
import { OtlpReceiver } from '../support/otlp-receiver';

@Controller()
class PingController {
  constructor(private readonly telemetry: TelemetryService) {}

  @Get('ping')
  ping() {
    return trace.getTracer('test').startActiveSpan('ping.work', (span) => {
      span.end();
      return { traceId: this.telemetry.traceId() ?? null, recording: span.isRecording() };
    });
  }
}

describe.each([
  ['enabled: false', { enabled: false }, {}],
  ['OTEL_SDK_DISABLED=true', {}, { OTEL_SDK_DISABLED: 'true' }],
])('disabled mode (%s)', (_name, options, env) => {
  let receiver: OtlpReceiver;
  const saved = { ...process.env };
  beforeEach(async () => {
    receiver = await new OtlpReceiver().start();
    Object.assign(process.env, env);
  });
  afterEach(async () => {
    process.env = { ...saved };
    await receiver.stop();
  });

  it('starts nothing, sends nothing, and the app serves as without the module', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        TelemetryModule.forRoot({
          ...options,
          otlp: { endpoint: receiver.url },
          traces: { batch: { scheduledDelayMs: 10 } },
        }),
      ],
      controllers: [PingController],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();

    expect(getActiveRuntime()).toBeUndefined();
    const res = await request(app.getHttpServer()).get('/ping').expect(200);
    expect(res.body).toEqual({ traceId: null, recording: false });
    await request(app.getHttpServer()).get('/metrics').expect(404);
    await request(app.getHttpServer()).get('/health').expect(404);
    await new Promise((r) => setTimeout(r, 100));
    await app.close();

    expect(receiver.requests).toHaveLength(0);
  });
});
