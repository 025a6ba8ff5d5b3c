import 'reflect-metadata';
import { Controller, Get, Injectable, Param } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { trace } from '@opentelemetry/api';
import request from 'supertest';
import { TelemetryModule, TelemetryService, TrackEvent } from '../../src';
import { OtlpReceiver } from '../support/otlp-receiver';

@Injectable()
class ChatService {
  @TrackEvent('message_processed', {
    attributes: (sessionId: string) => ({ session_id: sessionId }),
    resultAttributes: (reply: { tokens: number }) => ({ tokens: reply.tokens }),
    errorEvent: 'provider_error',
  })
  async reply(sessionId: string): Promise<{ tokens: number }> {
    if (sessionId === 'bad') throw new RangeError('rate_limited');
    return { tokens: 256 };
  }
}

@Controller()
class ChatController {
  constructor(
    private readonly chat: ChatService,
    private readonly telemetry: TelemetryService,
  ) {}

  @Get('chat/:id')
  chatOnce(@Param('id') id: string) {
    return trace.getTracer('test').startActiveSpan('chat.request', async (span) => {
      try {
        this.telemetry.sessionCreated({ sessionId: id, channel: 'api' });
        return await this.chat.reply(id).catch(() => ({ tokens: 0 }));
      } finally {
        span.end();
      }
    });
  }
}

describe('events over OTLP logs (protobuf)', () => {
  let receiver: OtlpReceiver;

  beforeEach(async () => {
    receiver = await new OtlpReceiver().start();
  });
  afterEach(() => receiver.stop());

  it('exports names, severities, attributes, resource and the trace ids of the active span', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        TelemetryModule.forRoot({
          serviceName: 'events-test',
          serviceVersion: '1.2.3',
          environment: 'test',
          otlp: { endpoint: receiver.url },
          events: { batch: { scheduledDelayMs: 60_000 } },
          logging: { enabled: false },
        }),
      ],
      controllers: [ChatController],
      providers: [ChatService],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    await request(app.getHttpServer()).get('/chat/sess_abc').expect(200);
    await request(app.getHttpServer()).get('/chat/bad').expect(200);
    app.get(TelemetryService).emit('outside_span', { n: 1 }, 'debug');
    await app.close();

    const logs = receiver.logs();
    const spans = receiver.spans().filter((s) => s.name === 'chat.request');
    expect(spans).toHaveLength(2);
    expect(logs.map((l) => l.eventName).sort()).toEqual([
      'message_processed',
      'outside_span',
      'provider_error',
      'session_created',
      'session_created',
    ]);

    const processed = logs.find((l) => l.eventName === 'message_processed')!;
    expect(processed).toMatchObject({ severityNumber: 9, severityText: 'INFO' });
    expect(processed.attributes).toMatchObject({
      session_id: 'sess_abc',
      tokens: 256,
      outcome: 'success',
    });
    expect(typeof processed.attributes.duration_ms).toBe('number');
    expect(processed.resource).toMatchObject({
      'service.name': 'events-test',
      'service.version': '1.2.3',
      'deployment.environment.name': 'test',
    });
    const okSpan = spans.find((s) => s.traceId === processed.traceId)!;
    expect(okSpan).toBeDefined();
    expect(processed.spanId).toBe(okSpan.spanId);

    const failed = logs.find((l) => l.eventName === 'provider_error')!;
    expect(failed).toMatchObject({ severityNumber: 17, severityText: 'ERROR' });
    expect(failed.attributes).toMatchObject({
      session_id: 'bad',
      'error.type': 'RangeError',
      'error.message': 'rate_limited',
      operation: 'message_processed',
      outcome: 'error',
    });
    expect(failed.attributes['error.stack']).toBeUndefined();
    expect(spans.map((s) => s.traceId)).toContain(failed.traceId);
    expect(failed.traceId).not.toBe(processed.traceId);

    const created = logs.filter((l) => l.eventName === 'session_created');
    expect(created.map((l) => l.attributes.channel)).toEqual(['api', 'api']);
    expect(created.map((l) => l.traceId).sort()).toEqual(spans.map((s) => s.traceId).sort());

    const outside = logs.find((l) => l.eventName === 'outside_span')!;
    expect(outside).toMatchObject({ severityNumber: 5, severityText: 'DEBUG', traceId: '' });
    expect(outside.attributes).toEqual({ n: 1 });
  });

  it('speaks http/json when otlp.logs.protocol asks, with metadata as metadata.* attributes', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        TelemetryModule.forRoot({
          serviceName: 'events-json',
          otlp: { endpoint: receiver.url, logs: { protocol: 'http/json' } },
          traces: { exporter: 'none' },
          logging: { enabled: false },
        }),
      ],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    app.get(TelemetryService).emitEvent({
      name: 'invoice_sent',
      severity: 'warn',
      attributes: { amount: 12.5 },
      metadata: { project_id: 'proj_123' },
    });
    await app.close();

    const requests = receiver.requests.filter((r) => r.path === '/v1/logs');
    expect(requests).toHaveLength(1);
    expect(requests[0].contentType).toContain('application/json');
    const body = JSON.parse(requests[0].body.toString('utf8'));
    const record = body.resourceLogs[0].scopeLogs[0].logRecords[0];
    expect(record).toMatchObject({
      eventName: 'invoice_sent',
      severityNumber: 13,
      severityText: 'WARN',
    });
    const attributes = Object.fromEntries(
      record.attributes.map((kv: any) => [kv.key, Object.values(kv.value)[0]]),
    );
    expect(attributes).toEqual({ amount: 12.5, 'metadata.project_id': 'proj_123' });
  });
});
