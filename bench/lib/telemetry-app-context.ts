import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TelemetryModule, type TelemetryModuleOptions, TelemetryService } from '../../dist';
import type { TelemetrySdk } from '../../dist/sdk/telemetry-sdk';
import { TELEMETRY_SDK } from '../../dist/telemetry.constants';

/** A real Nest application context with our module, for benches that need its services. */
export interface TelemetryAppContext {
  readonly app: INestApplicationContext;
  readonly service: TelemetryService;
  readonly sdk: TelemetrySdk;
  close(): Promise<void>;
}

export async function createTelemetryAppContext(
  options: TelemetryModuleOptions,
): Promise<TelemetryAppContext> {
  const app = await NestFactory.createApplicationContext(TelemetryModule.forRoot(options), {
    logger: false,
  });
  await app.init();
  return {
    app,
    service: app.get(TelemetryService),
    sdk: app.get<TelemetrySdk>(TELEMETRY_SDK),
    close: () => app.close(),
  };
}
