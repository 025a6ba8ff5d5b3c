import 'reflect-metadata';
import { Controller, Get, Injectable, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import { trace } from '@opentelemetry/api';
import request from 'supertest';
import {
  TELEMETRY_CONFIG,
  TelemetryConfigError,
  TelemetryModule,
  TelemetryService,
  type ResolvedTelemetryConfig,
  type TelemetryModuleOptions,
} from '../../src';
import { OtlpReceiver } from '../support/otlp-receiver';

@Controller()
class PingController {
  constructor(private readonly telemetry: TelemetryService) {}

  @Get('ping')
  ping(): { traceId?: string } {
    return trace.getTracer('test').startActiveSpan('ping.work', (span) => {
      span.end();
      return { traceId: this.telemetry.traceId() };
    });
  }
}

async function startApp(telemetryModule: object, extraImports: object[] = []) {
  const moduleRef = await Test.createTestingModule({
    imports: [...(extraImports as never[]), telemetryModule as never],
    controllers: [PingController],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

describe('TelemetryModule registration', () => {
  let receiver: OtlpReceiver;
  beforeEach(async () => (receiver = await new OtlpReceiver().start()));
  afterEach(() => receiver.stop());

  it('forRoot: sync options reach the exporter', async () => {
    const app = await startApp(
      TelemetryModule.forRoot({ serviceName: 'sync-app', otlp: { endpoint: receiver.url } }),
    );
    const res = await request(app.getHttpServer()).get('/ping').expect(200);
    expect(res.body.traceId).toMatch(/^[0-9a-f]{32}$/);
    await app.close();
    const [span] = receiver.spans().filter((s) => s.name === 'ping.work');
    expect(span.traceId).toBe(res.body.traceId);
    expect(span.resource['service.name']).toBe('sync-app');
    expect(span.resource['telemetry.sdk.language']).toBe('nodejs');
    expect(span.resource['deployment.environment.name']).toBeDefined();
  });

  it('forRootAsync: a factory with ConfigService', async () => {
    const app = await startApp(
      TelemetryModule.forRootAsync({
        imports: [
          ConfigModule.forRoot({
            ignoreEnvFile: true,
            load: [
              () => ({
                telemetry: { serviceName: 'from-config-service', otlp: { endpoint: receiver.url } },
              }),
            ],
          }),
        ],
        inject: [ConfigService],
        useFactory: (config: ConfigService) =>
          config.getOrThrow<TelemetryModuleOptions>('telemetry'),
      }),
    );
    expect(app.get<ResolvedTelemetryConfig>(TELEMETRY_CONFIG).serviceName).toBe(
      'from-config-service',
    );
    await request(app.getHttpServer()).get('/ping').expect(200);
    await app.close();
    expect(receiver.spans().find((s) => s.name === 'ping.work')?.resource['service.name']).toBe(
      'from-config-service',
    );
  });

  it('forRootAsync: useClass', async () => {
    const url = receiver.url;
    @Injectable()
    class TelemetryOptionsFactory {
      createTelemetryOptions(): TelemetryModuleOptions {
        return { serviceName: 'from-class', otlp: { endpoint: url } };
      }
    }
    const app = await startApp(TelemetryModule.forRootAsync({ useClass: TelemetryOptionsFactory }));
    expect(app.get<ResolvedTelemetryConfig>(TELEMETRY_CONFIG).serviceName).toBe('from-class');
    await app.close();
  });

  it('forRootAsync: a factory returning the wrong type fails app start naming it', async () => {
    await expect(
      startApp(
        TelemetryModule.forRootAsync({
          useFactory: () => 'http://collector:4318' as unknown as TelemetryModuleOptions,
        }),
      ),
    ).rejects.toThrow(/options: got "http:\/\/collector:4318"; expected an options object/);
  });

  it('forRootAsync: an invalid value fails app start with a TelemetryConfigError', async () => {
    const start = startApp(
      TelemetryModule.forRootAsync({
        useFactory: async () => ({ traces: { samplingRatio: 1.5 } }),
      }),
    );
    await expect(start).rejects.toBeInstanceOf(TelemetryConfigError);
  });

  it('forRoot: an invalid value throws where the module is defined', () => {
    expect(() => TelemetryModule.forRoot({ otlp: { protocol: 'thrift' as never } })).toThrow(
      /otlp\.protocol: got "thrift"/,
    );
  });

  it('is global: TelemetryService is injectable in a feature module', async () => {
    @Injectable()
    class FeatureService {
      constructor(readonly telemetry: TelemetryService) {}
    }
    @Module({ providers: [FeatureService] })
    class FeatureModule {}
    const app = await startApp(TelemetryModule.forRoot({ otlp: { endpoint: receiver.url } }), [
      FeatureModule,
    ]);
    expect(app.get(FeatureService).telemetry).toBeInstanceOf(TelemetryService);
    await app.close();
  });

  it('a second app in the same process starts clean after the first closes', async () => {
    const first = await startApp(
      TelemetryModule.forRoot({ serviceName: 'first', otlp: { endpoint: receiver.url } }),
    );
    await request(first.getHttpServer()).get('/ping').expect(200);
    await first.close();
    const second = await startApp(
      TelemetryModule.forRoot({ serviceName: 'second', otlp: { endpoint: receiver.url } }),
    );
    await request(second.getHttpServer()).get('/ping').expect(200);
    await second.close();
    const names = receiver
      .spans()
      .filter((s) => s.name === 'ping.work')
      .map((s) => s.resource['service.name']);
    expect(names).toEqual(['first', 'second']);
  });
});
