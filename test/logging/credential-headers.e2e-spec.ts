import 'reflect-metadata';
import { Controller, Get, Headers, Res, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { ServerResponse } from 'node:http';
import request from 'supertest';
import { TelemetryModule } from '../../src';
import { LineCapture } from '../support/line-capture';

@Controller('session')
class SessionController {
  /** Echoes the credentials it received: logging must mask them without changing the request. */
  @Get()
  open(
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) res: ServerResponse,
  ) {
    res.setHeader('set-cookie', 'session=new-secret');
    return { authorization: headers.authorization, apiKey: headers['x-api-key'] };
  }
}

async function startApp(capture: LineCapture, redact?: string[]): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      TelemetryModule.forRoot({
        traces: { exporter: 'none' },
        events: { enabled: false },
        logging: { destination: capture, ...(redact ? { redact } : {}) },
      }),
    ],
    controllers: [SessionController],
  }).compile();
  const app = moduleRef.createNestApplication();
  await app.init();
  return app;
}

describe('credential headers in request logs', () => {
  let app: INestApplication | undefined;
  afterEach(() => app?.close());

  it('masks every credential header in the log line, leaving the request itself intact', async () => {
    const capture = new LineCapture();
    app = await startApp(capture);
    const res = await request(app.getHttpServer())
      .get('/session')
      .set('authorization', 'Bearer secret-token')
      .set('proxy-authorization', 'Basic proxy-secret')
      .set('cookie', 'session=cookie-secret')
      .set('x-api-key', 'key-secret')
      .set('x-tenant', 'acme')
      .expect(200);
    expect(res.body).toEqual({ authorization: 'Bearer secret-token', apiKey: 'key-secret' });
    expect(res.headers['set-cookie']).toEqual(['session=new-secret']);

    const line = capture.find((l) => l.msg === 'request completed')!;
    expect(line.req.headers).toMatchObject({
      authorization: '[REDACTED]',
      'proxy-authorization': '[REDACTED]',
      cookie: '[REDACTED]',
      'x-api-key': '[REDACTED]',
      'x-tenant': 'acme',
    });
    expect(line.res.headers['set-cookie']).toBe('[REDACTED]');
    expect(line.route).toBe('/session');
    expect(JSON.stringify(capture.lines)).not.toMatch(/secret/);
  });

  it('adds no masked header that the request did not send', async () => {
    const capture = new LineCapture();
    app = await startApp(capture);
    await request(app.getHttpServer()).get('/session').expect(200);
    const line = capture.find((l) => l.msg === 'request completed')!;
    expect(Object.keys(line.req.headers)).not.toContain('authorization');
    expect(Object.keys(line.req.headers)).not.toContain('cookie');
  });

  it('applies logging.redact paths on top of the built-in masking', async () => {
    const capture = new LineCapture();
    app = await startApp(capture, ['req.headers["x-tenant"]']);
    await request(app.getHttpServer())
      .get('/session')
      .set('authorization', 'Bearer secret-token')
      .set('x-tenant', 'acme')
      .expect(200);
    const line = capture.find((l) => l.msg === 'request completed')!;
    expect(line.req.headers).toMatchObject({
      authorization: '[REDACTED]',
      'x-tenant': '[REDACTED]',
    });
    expect(line.res.headers['set-cookie']).toBe('[REDACTED]');
  });
});
