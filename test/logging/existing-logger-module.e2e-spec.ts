import 'reflect-metadata';
import { Controller, Get, Logger, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { trace } from '@opentelemetry/api';
import { LoggerModule } from 'nestjs-pino';
import request from 'supertest';
import { TelemetryModule } from '../../src';
import { LineCapture } from '../support/line-capture';

@Controller('work')
class WorkController {
  private readonly logger = new Logger('Work');

  @Get()
  work() {
    return trace.getTracer('test').startActiveSpan('work.step', (span) => {
      this.logger.log('working');
      span.end();
      return { traceId: span.spanContext().traceId };
    });
  }
}

describe("logging.loggerModule: 'existing'", () => {
  let app: INestApplication | undefined;
  afterEach(() => app?.close());

  it("adds trace fields to the app's own LoggerModule without a second logger", async () => {
    const capture = new LineCapture();
    const moduleRef = await Test.createTestingModule({
      imports: [
        LoggerModule.forRoot({
          pinoHttp: [
            { mixin: () => ({ team: 'payments' }), customProps: () => ({ mine: true }) },
            capture,
          ],
        }),
        TelemetryModule.forRoot({
          traces: { exporter: 'none' },
          metrics: { otlpEnabled: false },
          events: { enabled: false },
          logging: { loggerModule: 'existing' },
        }),
      ],
      controllers: [WorkController],
    }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
    const res = await request(app.getHttpServer()).get('/work').expect(200);

    const line = capture.find((l) => l.msg === 'working')!;
    expect(line).toMatchObject({
      team: 'payments',
      trace_id: res.body.traceId,
      spans: [{ name: 'work.step' }],
    });
    const completed = capture.lines.filter((l) => l.msg === 'request completed');
    expect(completed).toHaveLength(1);
    expect(completed[0].mine).toBe(true);
  });

  it('fails at startup, naming the option, when the app imports no LoggerModule', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        TelemetryModule.forRoot({
          traces: { exporter: 'none' },
          metrics: { otlpEnabled: false },
          logging: { loggerModule: 'existing' },
        }),
      ],
    }).compile();
    const failing = moduleRef.createNestApplication({ logger: false });
    await expect(failing.init()).rejects.toThrow(/logging\.loggerModule: got 'existing'/);
    await failing.close();
  });
});
