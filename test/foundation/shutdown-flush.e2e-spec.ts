import 'reflect-metadata';
import { Controller, Get } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { trace } from '@opentelemetry/api';
import request from 'supertest';
import { TelemetryModule } from '../../src';
import { OtlpReceiver } from '../support/otlp-receiver';

@Controller()
class WorkController {
  @Get('work')
  work(): { ok: true } {
    trace.getTracer('test').startActiveSpan('work.unit', (span) => span.end());
    return { ok: true };
  }
}

describe('shutdown flush', () => {
  let receiver: OtlpReceiver;

  beforeEach(async () => {
    receiver = await new OtlpReceiver().start();
  });
  afterEach(() => receiver.stop());

  it('sends spans still buffered in the batch processor when the app closes', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        TelemetryModule.forRoot({
          serviceName: 'flush-test',
          otlp: { endpoint: receiver.url },
          // A long delay: nothing is exported before close.
          traces: { batch: { scheduledDelayMs: 60_000 } },
        }),
      ],
      controllers: [WorkController],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    for (let i = 0; i < 5; i++) await request(app.getHttpServer()).get('/work').expect(200);
    expect(receiver.spans()).toHaveLength(0);

    await app.close();

    const spans = receiver.spans().filter((s) => s.name === 'work.unit');
    expect(spans).toHaveLength(5);
    expect(spans[0].resource['service.name']).toBe('flush-test');
  });
});
