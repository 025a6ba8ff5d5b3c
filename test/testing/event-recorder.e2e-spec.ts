import 'reflect-metadata';
import { Controller, Post } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { TelemetryService, TrackEvent } from '../../src';
import { EventRecorder, SpanRecorder, TelemetryTestingModule } from '../../src/testing';

@Controller()
class OrdersController {
  constructor(private readonly telemetry: TelemetryService) {}

  @Post('orders')
  @TrackEvent('order_placed', { attributes: () => ({ items: 2 }) })
  place(): { ok: boolean } {
    this.telemetry.emit('stock_checked', { sku: 'a1' });
    return { ok: true };
  }
}

describe('testing kit: EventRecorder', () => {
  it('receives business events in memory instead of sending them over OTLP', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [TelemetryTestingModule.forRoot()],
      controllers: [OrdersController],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    const events = app.get(EventRecorder);

    await request(app.getHttpServer()).post('/orders').expect(201);

    const [placed] = await events.waitFor('order_placed');
    expect(placed.attributes).toMatchObject({ items: 2, outcome: 'success' });
    const [checked] = events.named('stock_checked');
    expect(checked.attributes).toEqual({ sku: 'a1' });
    expect(app.get(SpanRecorder)).toBeDefined();
    events.reset();
    expect(events.events()).toHaveLength(0);
    await app.close();
  });
});
