import { Controller, Get, Header, Inject, NotFoundException, Res, type Type } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import { SkipTelemetry } from '../decorators/skip-telemetry.decorator';
import { TELEMETRY_CONFIG } from '../telemetry.constants';
import type { HealthReport, HealthResponse } from './health-report.types';
import { HealthReporter } from './health-reporter';

const NO_CACHE = 'no-cache, no-store, must-revalidate';

/**
 * The health controller mounted at `path` (fixed when the module is defined): `path` and
 * `path/ready` run the checks, `path/live` only tells the process is up. Works on Express and
 * Fastify; answers 404 when telemetry turned out disabled (forRootAsync).
 */
export function createHealthController(path: string): Type<unknown> {
  @SkipTelemetry()
  @Controller(path)
  class TelemetryHealthController {
    constructor(
      @Inject(TELEMETRY_CONFIG) private readonly config: ResolvedTelemetryConfig,
      private readonly reporter: HealthReporter,
      private readonly adapterHost: HttpAdapterHost,
    ) {}

    @Get()
    @Header('Cache-Control', NO_CACHE)
    @Header('Pragma', 'no-cache')
    @Header('Expires', '0')
    health(@Res({ passthrough: true }) res: unknown): Promise<HealthReport> {
      return this.readiness(res);
    }

    @Get('ready')
    @Header('Cache-Control', NO_CACHE)
    @Header('Pragma', 'no-cache')
    @Header('Expires', '0')
    async readiness(@Res({ passthrough: true }) res: unknown): Promise<HealthReport> {
      this.assertEnabled();
      return this.send(res, await this.reporter.readiness());
    }

    @Get('live')
    @Header('Cache-Control', NO_CACHE)
    @Header('Pragma', 'no-cache')
    @Header('Expires', '0')
    liveness(@Res({ passthrough: true }) res: unknown): HealthReport {
      this.assertEnabled();
      return this.send(res, this.reporter.liveness());
    }

    private assertEnabled(): void {
      if (!this.config.enabled || !this.config.health.enabled) throw new NotFoundException();
    }

    private send(res: unknown, response: HealthResponse): HealthReport {
      this.adapterHost.httpAdapter.status(res, response.httpStatus);
      return response.body;
    }
  }
  return TelemetryHealthController;
}
