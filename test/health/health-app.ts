import 'reflect-metadata';
import { Controller, Get, type INestApplication, type Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TelemetryModule, type TelemetryModuleOptions } from '../../src';

@Controller()
export class PingController {
  @Get('ping')
  ping(): { ok: true } {
    return { ok: true };
  }
}

/** A Nest app (Express) with TelemetryModule, the ping controller and extra providers. */
export async function createHealthApp(
  options: TelemetryModuleOptions,
  providers: Type<unknown>[] = [],
): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [TelemetryModule.forRoot(options)],
    controllers: [PingController],
    providers,
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}
