import 'reflect-metadata';
import { Controller, Get, Logger, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { TelemetryModule } from '../../src';
import { LineCapture } from '../support/line-capture';

@Controller('jobs')
class JobsController {
  private readonly logger = new Logger(JobsController.name);

  @Get('boom')
  boom(): never {
    throw new Error('exploded');
  }

  @Get('slow')
  async slow(): Promise<string> {
    await new Promise((resolve) => setTimeout(resolve, 300));
    this.logger.log('slow job done');
    return 'done';
  }
}

async function startApp(capture: LineCapture): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      TelemetryModule.forRoot({
        traces: { exporter: 'none' },
        metrics: { otlpEnabled: false },
        events: { enabled: false },
        logging: { destination: capture },
      }),
    ],
    controllers: [JobsController],
  }).compile();
  const app = moduleRef.createNestApplication();
  await app.listen(0, '127.0.0.1');
  return app;
}

const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
};

describe('the line per request', () => {
  let app: INestApplication;
  let capture: LineCapture;

  beforeEach(async () => {
    capture = new LineCapture();
    app = await startApp(capture);
  });
  afterEach(() => app.close());

  it('is written at error level for a 5xx, with route and status', async () => {
    await request(app.getHttpServer()).get('/jobs/boom').expect(500);
    await until(() => capture.lines.some((l) => l.msg === 'request errored'));
    const line = capture.find((l) => l.msg === 'request errored')!;
    expect(line).toMatchObject({
      level: 50,
      route: '/jobs/boom',
      req: { method: 'GET', url: '/jobs/boom' },
      res: { statusCode: 500 },
    });
    expect(typeof line.responseTime).toBe('number');
    expect(capture.find((l) => l.msg === 'request completed')).toBeUndefined();
  });

  it('is written at warn level when the client goes away before the response', async () => {
    const { port } = app.getHttpServer().address() as AddressInfo;
    const req = httpRequest({ host: '127.0.0.1', port, path: '/jobs/slow' });
    req.on('error', () => undefined);
    req.end();
    setTimeout(() => req.destroy(), 50);
    await until(() => capture.lines.some((l) => l.msg === 'slow job done'));
    const aborted = capture.find((l) => l.msg === 'request aborted')!;
    expect(aborted).toMatchObject({ level: 40, req: { url: '/jobs/slow' } });
    expect(aborted.route).toBeUndefined();
    expect(capture.find((l) => l.msg === 'request completed')).toBeUndefined();
  });

  it('numbers requests, and the lines Nest writes during a request go to this app', async () => {
    await request(app.getHttpServer()).get('/jobs/slow').expect(200);
    await request(app.getHttpServer()).get('/jobs/slow').expect(200);
    await until(() => capture.lines.filter((l) => l.msg === 'request completed').length === 2);
    const ids = capture.lines.filter((l) => l.msg === 'request completed').map((l) => l.req.id);
    expect(ids[1]).toBe(ids[0] + 1);
    expect(capture.lines.filter((l) => l.msg === 'slow job done')).toHaveLength(2);
  });
});
