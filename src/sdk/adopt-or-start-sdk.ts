import { Logger } from '@nestjs/common';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import { isHttpAlreadyLoaded, LATE_START_WARNING } from './http-load-check';
import { clearPreloadedSdk, getPreloadedSdk } from './preloaded-sdk-slot';
import { TelemetrySdk } from './telemetry-sdk';

const logger = new Logger('Telemetry');

/**
 * Returns the SDK for an app: the one the preload entry started, if any (never a second one), or
 * a new one started here. A disabled config gets an SDK that never starts.
 */
export async function adoptOrStartSdk(config: ResolvedTelemetryConfig): Promise<TelemetrySdk> {
  const preloaded = getPreloadedSdk();
  if (preloaded) {
    clearPreloadedSdk(preloaded);
    if (config.enabled) {
      warnOnDivergence(preloaded.config, config);
      return preloaded;
    }
    await preloaded.shutdown();
  }
  const sdk = new TelemetrySdk(config);
  const late = isHttpAlreadyLoaded();
  sdk.start();
  if (late && sdk.started) logger.warn(LATE_START_WARNING);
  return sdk;
}

function warnOnDivergence(preload: ResolvedTelemetryConfig, module: ResolvedTelemetryConfig): void {
  const differs =
    preload.serviceName !== module.serviceName ||
    preload.otlp.traces.url !== module.otlp.traces.url ||
    preload.traces.samplingRatio !== module.traces.samplingRatio;
  if (!differs) return;
  logger.warn(
    'Tracing was started by nestjs-telemetry/register from OTEL_* environment variables; the TelemetryModule ' +
      'options for serviceName, the trace endpoint or sampling differ and do not apply to traces. ' +
      'Set them as OTEL_SERVICE_NAME, OTEL_EXPORTER_OTLP_ENDPOINT and OTEL_TRACES_SAMPLER_ARG instead.',
  );
}
