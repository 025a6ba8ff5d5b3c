import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { clearActiveRuntime } from './runtime/active-runtime';
import type { TelemetryRuntime } from './runtime/telemetry-runtime';
import type { TelemetrySdk } from './sdk/telemetry-sdk';
import { TELEMETRY_RUNTIME, TELEMETRY_SDK } from './telemetry.constants';

/**
 * Closes the app's telemetry at shutdown (`app.close()`, or SIGTERM with enableShutdownHooks):
 * flushes spans, events and metrics, shuts every exporter down within `shutdown.timeoutMs`, and
 * clears the global OpenTelemetry registrations so a next app starts clean.
 */
@Injectable()
export class TelemetryLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(TELEMETRY_SDK) private readonly sdk: TelemetrySdk,
    @Inject(TELEMETRY_RUNTIME) private readonly runtime: TelemetryRuntime,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    clearActiveRuntime(this.runtime);
    await this.sdk.shutdown();
  }
}
