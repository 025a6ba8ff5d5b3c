import {
  Controller,
  Get,
  Inject,
  Req,
  Res,
  SetMetadata,
  type Type,
  VERSION_NEUTRAL,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { SKIP_HTTP_METRICS } from '../metrics.constants';
import { markSkipped } from '../http/http-request-state';
import { MetricsEndpoint } from './metrics-endpoint';

/**
 * Builds the `/metrics` controller for `path` (fixed when the module is defined). It is version
 * neutral, hidden from Swagger, left out of the HTTP metrics, and carries `routeMetadata` so a
 * global guard can let it through. Works on Express and Fastify through the HTTP adapter.
 */
export function createMetricsController(
  path: string,
  routeMetadata: Record<string, unknown>,
): Type<unknown> {
  @Controller({ version: VERSION_NEUTRAL })
  class MetricsController {
    constructor(
      @Inject(MetricsEndpoint) private readonly endpoint: MetricsEndpoint,
      @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost,
    ) {}

    @Get(path)
    async scrape(
      @Req() req: { headers: Record<string, string>; raw?: object },
      @Res() res: unknown,
    ): Promise<void> {
      markSkipped(req.raw ?? req);
      const answer = await this.endpoint.scrape(req.headers);
      const adapter = this.adapterHost.httpAdapter;
      for (const [name, value] of Object.entries(answer.headers))
        adapter.setHeader(res, name, value);
      adapter.reply(res, answer.body, answer.status);
    }
  }
  SetMetadata(SKIP_HTTP_METRICS, true)(MetricsController);
  Reflect.defineMetadata('swagger/apiExcludeController', [true], MetricsController);
  const handler = Object.getOwnPropertyDescriptor(MetricsController.prototype, 'scrape')!;
  for (const [key, value] of Object.entries(routeMetadata)) {
    SetMetadata(key, value)(MetricsController.prototype, 'scrape', handler);
    SetMetadata(key, value)(MetricsController);
  }
  return MetricsController;
}
