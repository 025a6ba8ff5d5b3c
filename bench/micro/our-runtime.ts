import { type ContextManager, trace } from '@opentelemetry/api';
import { contextReader } from '../../dist/runtime/context-reader';
import { resolveTelemetryConfig } from '../../dist/config/resolve-telemetry-config';
import { TelemetryDiagnostics } from '../../dist/diagnostics/telemetry-diagnostics';
import {
  clearActiveRuntime,
  getActiveRuntime,
  setActiveRuntime,
} from '../../dist/runtime/active-runtime';
import type { TelemetryRuntime } from '../../dist/runtime/telemetry-runtime';
import { SampledOutCheck } from '../../dist/tracing/sampled-out-check';
import { INSTRUMENTATION_SCOPE } from '../../dist/telemetry.constants';
import type { BlockTiming } from './micro-variant';

/**
 * Publishes the runtime our decorators read at call time, as TelemetryModule's core part does:
 * the module's own runtime (`base`: events, metrics...) with tracing on, and the tracer of the
 * bench's own SDK (whose counting exporter checks every span) and its context manager.
 */
export function publishBenchRuntime(
  base: TelemetryRuntime | undefined,
  manager: ContextManager,
): TelemetryRuntime {
  // Object.assign, not a typed literal: `base` carries the fields other areas add to the runtime.
  const runtime: TelemetryRuntime = Object.assign({}, base, {
    config: resolveTelemetryConfig({ serviceName: 'bench' }, { env: {} }),
    diagnostics: base?.diagnostics ?? new TelemetryDiagnostics(),
    tracer: trace.getTracer(INSTRUMENTATION_SCOPE),
    tracingEnabled: true,
    sampledOut: new SampledOutCheck(true),
    activeContext: contextReader(manager),
  });
  setActiveRuntime(runtime);
  return runtime;
}

/** Runs a block the way an app with `enabled: false` runs: no runtime is published. */
export async function withoutRuntime(block: () => Promise<BlockTiming>): Promise<BlockTiming> {
  const runtime = getActiveRuntime();
  if (runtime) clearActiveRuntime(runtime);
  try {
    return await block();
  } finally {
    if (runtime) setActiveRuntime(runtime);
  }
}
