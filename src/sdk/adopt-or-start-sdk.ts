import { Logger } from '@nestjs/common';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import { isHttpAlreadyLoaded, LATE_START_WARNING } from './http-load-check';
import { clearPreloadedSdk, getPreloadedSdk } from './preloaded-sdk-slot';
import { TelemetrySdk } from './telemetry-sdk';

const logger = new Logger('Telemetry');

/**
 * Returns the SDK for an app — never a second one:
 * - the SDK the preload entry started, when its configuration equals the module's;
 * - else a new SDK from the module's configuration (explicit options win over the environment
 *   the preload read), which takes over the preloaded instrumentations;
 * - an SDK that never starts when the configuration disables telemetry.
 */
export async function adoptOrStartSdk(config: ResolvedTelemetryConfig): Promise<TelemetrySdk> {
  const preloaded = getPreloadedSdk();
  if (preloaded) clearPreloadedSdk(preloaded);
  if (preloaded?.started && config.enabled && sameTracing(preloaded.config, config))
    return preloaded;

  const adopted = preloaded?.started ? await preloaded.handOver() : undefined;
  const sdk = new TelemetrySdk(config);
  const late = !adopted?.length && isHttpAlreadyLoaded();
  if (config.enabled) sdk.start(adopted);
  else for (const instrumentation of adopted ?? []) instrumentation.disable();
  if (late && sdk.started) logger.warn(LATE_START_WARNING);
  return sdk;
}

/** Whether two configurations build the same tracing pipeline. */
function sameTracing(a: ResolvedTelemetryConfig, b: ResolvedTelemetryConfig): boolean {
  const pick = (c: ResolvedTelemetryConfig) =>
    JSON.stringify([
      c.serviceName,
      c.serviceVersion,
      c.environment,
      c.resourceAttributes,
      c.otlp.traces,
      { ...c.traces, spanProcessors: undefined }, // objects, maybe circular: compared below
      c.shutdown,
    ]);
  return pick(a) === pick(b) && !b.instrumentations && b.traces.spanProcessors.length === 0;
}
