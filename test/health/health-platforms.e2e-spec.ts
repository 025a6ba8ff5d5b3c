import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { TelemetryModule, TelemetryService } from '../../src';
import { OtlpReceiver } from '../support/otlp-receiver';
import { PingController } from './health-app';

describe('health on Fastify and with forRootAsync', () => {
  let receiver: OtlpReceiver;
  let app: INestApplication | undefined;

  beforeEach(async () => (receiver = await new OtlpReceiver().start()));
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await receiver.stop();
  });

  it('answers 200 and 503 with no-cache headers on Fastify', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [TelemetryModule.forRoot({ otlp: { endpoint: receiver.url } })],
      controllers: [PingController],
    }).compile();
    const fastify = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), {
      logger: false,
    });
    app = fastify;
    await fastify.init();
    await fastify.getHttpAdapter().getInstance().ready();
    const http = request(fastify.getHttpServer());

    const ok = await http.get('/health/ready').expect(200);
    expect(ok.headers['cache-control']).toBe('no-cache, no-store, must-revalidate');
    expect(ok.body.status).toBe('ok');
    fastify.get(TelemetryService).registerHealthCheck('broker', () => false);
    const down = await http.get('/health/ready').expect(503);
    expect(down.headers['cache-control']).toBe('no-cache, no-store, must-revalidate');
    expect(down.body.error.broker.status).toBe('down');
    await http.get('/health/live').expect(200);
  });

  it('applies health options from the async factory; disabling there leaves no health route answering', async () => {
    const create = async (options: object) => {
      const moduleRef = await Test.createTestingModule({
        imports: [
          TelemetryModule.forRootAsync({
            useFactory: async () => ({ otlp: { endpoint: receiver.url }, ...options }),
          }),
        ],
        controllers: [PingController],
      }).compile();
      const created = moduleRef.createNestApplication({ logger: false });
      await created.init();
      return created;
    };
    app = await create({ health: { checkTimeoutMs: 100 } });
    app.get(TelemetryService).registerHealthCheck('slow', () => new Promise(() => {}));
    const res = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(res.body.error.slow.message).toBe('timed out after 100 ms');
    await app.close();

    app = await create({ enabled: false });
    await request(app.getHttpServer()).get('/health/ready').expect(404);
    await request(app.getHttpServer()).get('/health/live').expect(404);
    await request(app.getHttpServer()).get('/ping').expect(200);
  });
});
