import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { TelemetryModule, TelemetryService } from '../../src';
import { otlpReceiverPerTest } from '../support/otlp-receiver-per-test';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('event export backoff (a collector failing at once)', () => {
  const t = otlpReceiverPerTest();

  it('spaces exports while the collector answers 500, and shutdown does not wait the backoff out', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        TelemetryModule.forRoot({
          serviceName: 'event-backoff-test',
          otlp: { endpoint: t.receiver.url },
          traces: { exporter: 'none' },
          events: { batch: { scheduledDelayMs: 10, maxExportBatchSize: 5 } },
          logging: { enabled: false },
        }),
      ],
    }).compile();
    t.app = moduleRef.createNestApplication({ logger: false });
    await t.app.init();
    const telemetry = t.app.get(TelemetryService);
    t.receiver.setMode('error500');

    // 30 batches over 1.5 s: without a backoff, one collector request each.
    for (let batch = 0; batch < 30; batch++) {
      for (let i = 0; i < 5; i++) telemetry.emit('while_failing', { batch, i });
      await sleep(50);
    }
    const attempts = t.receiver.hits('error500', '/v1/logs');
    expect(attempts).toBeGreaterThanOrEqual(1);
    // The first at once, the second 1 s after it, the third 2 s after that.
    expect(attempts).toBeLessThanOrEqual(3);
    const health = await request(t.app.getHttpServer()).get('/health').expect(200);
    expect(health.body.details.otlp_events.status).toBe('degraded');
    expect(health.body.details.otlp_events.dropped.export_failed).toBeGreaterThanOrEqual(5);

    // The collector is back, the lane is inside a wait of up to 2 s: close sends at once.
    t.receiver.setMode('up');
    telemetry.emit('after_recovery', { n: 1 });
    const closing = Date.now();
    await t.app.close();
    t.app = undefined;
    const closeMs = Date.now() - closing;

    expect(closeMs).toBeLessThan(1_000);
    const names = t.receiver.logs().map((l) => l.eventName);
    expect(names).toContain('after_recovery');
    // Nothing was exported while the collector failed; what waited in the backlog went at close.
    expect(t.receiver.hits('error500', '/v1/logs')).toBe(attempts);
  });
});
