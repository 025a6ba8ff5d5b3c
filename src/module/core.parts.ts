import { HttpAdapterHost } from '@nestjs/core';
import { trace } from '@opentelemetry/api';
import { resolveTelemetryConfig } from '../config/resolve-telemetry-config';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import { ExporterStatusRegistry } from '../diagnostics/exporter-status.registry';
import { TelemetryDiagnostics } from '../diagnostics/telemetry-diagnostics';
import { AppRequestHub } from '../http/app-request-hub';
import { ForeignServerSpanNamer } from '../http/foreign-server-span-namer';
import { setActiveRuntime } from '../runtime/active-runtime';
import type { TelemetryRuntime } from '../runtime/telemetry-runtime';
import { adoptOrStartSdk } from '../sdk/adopt-or-start-sdk';
import type { TelemetrySdk } from '../sdk/telemetry-sdk';
import { contextReader } from '../runtime/context-reader';
import { SampledOutCheck } from '../tracing/sampled-out-check';
import {
  INSTRUMENTATION_SCOPE,
  TELEMETRY_CONFIG,
  TELEMETRY_RUNTIME,
  TELEMETRY_SDK,
} from '../telemetry.constants';
import { TelemetryLifecycle } from '../telemetry.lifecycle';
import { TELEMETRY_MODULE_OPTIONS } from '../telemetry.module-definition';
import { TelemetryService } from '../telemetry.service';
import type { TelemetryModuleParts } from './module-parts';

/** Configuration, SDK, runtime, lifecycle and the service: what every other part builds on. */
export function coreParts(): TelemetryModuleParts {
  return {
    providers: [
      {
        provide: TELEMETRY_CONFIG,
        useFactory: (options: unknown) => resolveTelemetryConfig(withoutExtras(options)),
        inject: [TELEMETRY_MODULE_OPTIONS],
      },
      { provide: TELEMETRY_SDK, useFactory: adoptOrStartSdk, inject: [TELEMETRY_CONFIG] },
      {
        provide: TELEMETRY_RUNTIME,
        useFactory: publishRuntime,
        inject: [TELEMETRY_SDK, TELEMETRY_CONFIG],
      },
      {
        provide: ExporterStatusRegistry,
        useFactory: (sdk: TelemetrySdk) => sdk.statuses,
        inject: [TELEMETRY_SDK],
      },
      {
        provide: TelemetryDiagnostics,
        useFactory: (sdk: TelemetrySdk) => sdk.diagnostics,
        inject: [TELEMETRY_SDK],
      },
      {
        provide: AppRequestHub,
        useFactory: createRequestHub,
        inject: [HttpAdapterHost, TELEMETRY_CONFIG],
      },
      TelemetryLifecycle,
      TelemetryService,
    ],
    exports: [
      TELEMETRY_CONFIG,
      TELEMETRY_SDK,
      TELEMETRY_RUNTIME,
      ExporterStatusRegistry,
      TelemetryDiagnostics,
      TelemetryService,
    ],
  };
}

/** The builder passes `isGlobal` along with the options under forRoot; it is not a telemetry option. */
function withoutExtras(options: unknown): unknown {
  if (typeof options !== 'object' || options === null || !('isGlobal' in options)) return options;
  const { isGlobal: _isGlobal, ...rest } = options as Record<string, unknown>;
  return rest;
}

/** The app's request hub; with tracing on, it names server spans of other instrumentations. */
function createRequestHub(host: HttpAdapterHost, config: ResolvedTelemetryConfig): AppRequestHub {
  const hub = new AppRequestHub(host);
  if (config.enabled && config.traces.enabled) hub.add(new ForeignServerSpanNamer());
  return hub;
}

function publishRuntime(sdk: TelemetrySdk, config: ResolvedTelemetryConfig): TelemetryRuntime {
  const runtime: TelemetryRuntime = {
    config,
    diagnostics: sdk.diagnostics,
    tracer: trace.getTracer(INSTRUMENTATION_SCOPE),
    tracingEnabled: config.enabled && config.traces.enabled,
    sampledOut: new SampledOutCheck(config.traces.parentBased),
    activeContext: contextReader(sdk.contextManager),
    spanFields: new WeakMap(),
    genAiSpanListeners: [],
  };
  if (config.enabled) setActiveRuntime(runtime);
  return runtime;
}
