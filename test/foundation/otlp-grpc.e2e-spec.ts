import 'reflect-metadata';
import { Controller, Get, Injectable, type INestApplication, Param } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import {
  Instrument,
  TelemetryModule,
  type TelemetryModuleOptions,
  TelemetryService,
  TrackEvent,
} from '../../src';
import { lastMetric } from '../support/otlp-metric-points';
import { OtlpGrpcReceiver } from '../support/otlp-grpc-receiver';

@Injectable()
class ProviderClient {
  @Instrument('provider.chat', { fields: { 'gen_ai.request.model': (model: string) => model } })
  @TrackEvent('message_processed', { attributes: (model: string) => ({ model }) })
  async chat(model: string): Promise<string> {
    return `reply from ${model}`;
  }
}

@Controller()
class ChatController {
  constructor(
    private readonly provider: ProviderClient,
    private readonly telemetry: TelemetryService,
  ) {}

  @Get('chat/:model')
  chat(@Param('model') model: string): Promise<string> {
    this.telemetry.counter({ name: 'chats.started', help: 'Chats started.' }).add(1);
    return this.provider.chat(model);
  }
}

/** A real app exporting every OTLP signal over gRPC to `receiver`. */
async function startApp(
  receiver: OtlpGrpcReceiver,
  otlp: TelemetryModuleOptions['otlp'] = {},
  batch: { scheduledDelayMs?: number } = {},
): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      TelemetryModule.forRoot({
        serviceName: 'grpc-test',
        otlp: { protocol: 'grpc', endpoint: receiver.url, ...otlp },
        traces: { batch },
        metrics: { exportIntervalMs: 60_000 },
        logging: { enabled: false },
      }),
    ],
    controllers: [ChatController],
    providers: [ProviderClient],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

describe('OTLP over gRPC (a real grpc-js receiver)', () => {
  let receiver: OtlpGrpcReceiver;
  let app: INestApplication | undefined;

  beforeEach(async () => {
    receiver = await new OtlpGrpcReceiver().start();
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await receiver.stop();
  });

  it('exports spans, events and metrics to the three collector services, headers as metadata', async () => {
    app = await startApp(receiver, { headers: { 'x-tenant': 'acme' } });
    await request(app.getHttpServer()).get('/chat/claude-sonnet-4').expect(200);
    await app.close();
    app = undefined;

    const span = receiver.spans().find((s) => s.name === 'provider.chat');
    expect(span).toBeDefined();
    expect(span!.attributes['gen_ai.request.model']).toBe('claude-sonnet-4');
    expect(span!.resource['service.name']).toBe('grpc-test');

    const event = receiver.logs().find((l) => l.eventName === 'message_processed');
    expect(event).toBeDefined();
    expect(event!.attributes).toMatchObject({ model: 'claude-sonnet-4', outcome: 'success' });
    // The event was emitted inside the method's span and carries its ids.
    expect(event!.traceId).toBe(span!.traceId);

    const started = lastMetric(receiver.metrics(), 'chats.started');
    expect(started).toMatchObject({ kind: 'sum', isMonotonic: true });
    expect(started!.points[0].value).toBe(1);

    for (const signal of ['traces', 'logs', 'metrics'] as const)
      expect(receiver.metadataValues(signal, 'x-tenant')).toContain('acme');
  });

  it('with compression: gzip sends the same data in far fewer bytes', async () => {
    // 4 KB of one letter in the span's attribute and the event's: gzip shrinks it to a few bytes.
    const model = 'm'.repeat(4_000);
    const bytesSent = async (compression: 'none' | 'gzip') => {
      const one = await new OtlpGrpcReceiver().start();
      const started = await startApp(one, { compression });
      await request(started.getHttpServer()).get(`/chat/${model}`).expect(200);
      await started.close();
      const sent = { bytes: one.wireBytes, span: one.spans()[0], event: one.logs()[0] };
      await one.stop();
      return sent;
    };
    const plain = await bytesSent('none');
    const gzip = await bytesSent('gzip');
    expect(gzip.span.attributes['gen_ai.request.model']).toBe(model);
    expect(gzip.event.attributes.model).toBe(model);
    expect(plain.bytes).toBeGreaterThan(8_000);
    expect(gzip.bytes).toBeLessThan(plain.bytes / 2);
  });

  it('a collector answering UNAVAILABLE: the request succeeds, /health reports the exporter degraded, then up', async () => {
    receiver.setUnavailable(true);
    app = await startApp(receiver, { timeoutMs: 500 }, { scheduledDelayMs: 20 });
    const http = request(app.getHttpServer());
    await http.get('/chat/gpt-5').expect(200, 'reply from gpt-5');
    const traces = () => http.get('/health').then((res) => res.body.details.otlp_traces);
    const degraded = await poll(traces, (check) => check?.status === 'degraded');
    expect(degraded.status).toBe('degraded');
    expect(degraded.dropped.export_failed).toBeGreaterThanOrEqual(1);
    expect(degraded.lastError.message).toMatch(/UNAVAILABLE|shedding/);
    expect(receiver.spans()).toHaveLength(0);

    receiver.setUnavailable(false);
    await http.get('/chat/gpt-5').expect(200);
    expect(await poll(traces, (check) => check?.status === 'up')).toMatchObject({ status: 'up' });
    // The second request's span arrives; the first one's was dropped, not delivered late.
    await poll(
      async () => receiver.spans(),
      (spans) => spans.length > 0,
    );
    expect(receiver.spans().filter((s) => s.name === 'provider.chat')).toHaveLength(1);
  });
});

/** Reads `read()` every 50 ms until `done` holds (at most 10 s), and returns that reading. */
async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 200 && !done(value); i++) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}
