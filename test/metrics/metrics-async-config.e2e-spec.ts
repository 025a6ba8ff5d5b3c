import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { TelemetryMetrics, TelemetryModule, type TelemetryModuleOptions } from '../../src';
import { UsersController } from './fixtures/users.controller';

async function createAsyncApp(options: TelemetryModuleOptions): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [TelemetryModule.forRootAsync({ useFactory: async () => options })],
    controllers: [UsersController],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

describe('metrics under forRootAsync', () => {
  let app: INestApplication | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('serves /metrics with the options the factory returns', async () => {
    app = await createAsyncApp({
      traces: { exporter: 'none' },
      metrics: { otlpEnabled: false, prefix: 'async_' },
    });
    await request(app.getHttpServer()).get('/users/1').expect(200);
    const text = (await request(app.getHttpServer()).get('/metrics').expect(200)).text;
    expect(text).toContain(
      'http_server_requests_total{http_request_method="GET",http_route="/users/:id"',
    );
    expect(text).toContain('# TYPE async_method_calls_total counter');
  });

  it('answers 404 and records nothing when the factory disables telemetry', async () => {
    app = await createAsyncApp({ enabled: false });
    await request(app.getHttpServer()).get('/users/1').expect(200);
    await request(app.getHttpServer()).get('/metrics').expect(404);
    const text = await app.get(TelemetryMetrics).registry.metrics();
    expect(text).not.toContain('http_server_requests_total{');
  });
});
