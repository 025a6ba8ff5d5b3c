import type { INestApplication, Provider, Type } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import type { TelemetryModuleOptions } from '../../src';
import { SpanRecorder, TelemetryTestingModule } from '../../src/testing';

/** A real Nest app with the testing kit's TelemetryTestingModule; close it in afterEach. */
export interface TelemetryTestApp {
  app: INestApplication;
  spans: SpanRecorder;
}

export async function createTelemetryTestApp(setup: {
  controllers?: Type<unknown>[];
  providers?: Provider[];
  options?: TelemetryModuleOptions;
  /** @default 'express' */
  platform?: 'express' | 'fastify';
}): Promise<TelemetryTestApp> {
  const moduleRef = await Test.createTestingModule({
    imports: [TelemetryTestingModule.forRoot(setup.options)],
    controllers: setup.controllers ?? [],
    providers: setup.providers ?? [],
  }).compile();
  const app =
    setup.platform === 'fastify'
      ? moduleRef.createNestApplication(new FastifyAdapter(), { logger: false })
      : moduleRef.createNestApplication({ logger: false });
  await app.init();
  if (setup.platform === 'fastify') await app.getHttpAdapter().getInstance().ready();
  return { app, spans: app.get(SpanRecorder) };
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
