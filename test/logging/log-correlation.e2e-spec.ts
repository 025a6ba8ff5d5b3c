import 'reflect-metadata';
import { Controller, Get, Logger, Param, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { context, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import request from 'supertest';
import { TelemetryModule } from '../../src';
import { LineCapture } from '../support/line-capture';

@Controller('items')
class ItemsController {
  private readonly logger = new Logger(ItemsController.name);

  @Get(':id')
  get(@Param('id') id: string) {
    return trace.getTracer('test').startActiveSpan('items.load', (span) => {
      span.setAttribute('item_id', id);
      span.setAttribute('cache_hit', false);
      this.logger.log(`loading item ${id}`);
      const ids = { traceId: span.spanContext().traceId, spanId: span.spanContext().spanId };
      span.end();
      return ids;
    });
  }

  @Get()
  list() {
    // The request runs inside its server span; a line from outside any span, e.g. a timer
    // started at boot, runs in the root context.
    context.with(ROOT_CONTEXT, () => this.logger.warn('listing outside any span'));
    return [];
  }
}

describe('JSON logs with trace correlation', () => {
  let app: INestApplication;
  let capture: LineCapture;

  beforeEach(async () => {
    capture = new LineCapture();
    const moduleRef = await Test.createTestingModule({
      imports: [
        TelemetryModule.forRoot({
          traces: { exporter: 'none' },
          metrics: { otlpEnabled: false },
          events: { enabled: false },
          logging: { level: 'debug', destination: capture },
        }),
      ],
      controllers: [ItemsController],
    }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });
  afterEach(() => app.close());

  it('writes Nest logs as JSON carrying the active span ids and fields', async () => {
    const res = await request(app.getHttpServer())
      .get('/items/42')
      .set('authorization', 'Bearer secret-token')
      .set('cookie', 'session=abc')
      .expect(200);
    const { traceId, spanId } = res.body;

    const line = capture.find((l) => l.msg === 'loading item 42')!;
    expect(line).toMatchObject({
      level: 30,
      context: 'ItemsController',
      trace_id: traceId,
      span_id: spanId,
      trace_flags: '01',
      spans: [{ name: 'items.load', item_id: '42', cache_hit: false }],
    });
  });

  it('logs each request with the route template and status, credentials redacted', async () => {
    await request(app.getHttpServer())
      .get('/items/42')
      .set('authorization', 'Bearer secret-token')
      .set('cookie', 'session=abc')
      .expect(200);
    const completed = capture.find((l) => l.msg === 'request completed')!;
    expect(completed).toMatchObject({ route: '/items/:id', res: { statusCode: 200 } });
    expect(completed.req.url).toBe('/items/42');
    expect(completed.req.headers.authorization).toBe('[REDACTED]');
    expect(completed.req.headers.cookie).toBe('[REDACTED]');
    expect(JSON.stringify(capture.lines)).not.toContain('secret-token');
  });

  it('writes lines outside a span without trace fields', async () => {
    await request(app.getHttpServer()).get('/items').expect(200);
    const line = capture.find((l) => l.msg === 'listing outside any span')!;
    expect(line.level).toBe(40);
    expect(line.trace_id).toBeUndefined();
    expect(line.spans).toBeUndefined();
  });

  it('leaves an app created with logger: false silent, but still logs requests', async () => {
    await app.close();
    capture = new LineCapture();
    const moduleRef = await Test.createTestingModule({
      imports: [
        TelemetryModule.forRoot({
          traces: { exporter: 'none' },
          metrics: { otlpEnabled: false },
          events: { enabled: false },
          logging: { destination: capture },
        }),
      ],
      controllers: [ItemsController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    await request(app.getHttpServer()).get('/items').expect(200);
    expect(capture.find((l) => l.msg === 'listing outside any span')).toBeUndefined();
    expect(capture.find((l) => l.msg === 'request completed')).toMatchObject({ route: '/items' });
  });
});
