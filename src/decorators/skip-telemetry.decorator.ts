import { SetMetadata } from '@nestjs/common';
import { SKIP_TELEMETRY_METADATA } from '../telemetry.constants';

/**
 * Keeps a controller or route out of HTTP metrics and request telemetry (probes, scrapes).
 *
 * @example
 * @SkipTelemetry()
 * @Controller('ping')
 * class PingController {}
 */
export const SkipTelemetry = (): ClassDecorator & MethodDecorator =>
  SetMetadata(SKIP_TELEMETRY_METADATA, true);
