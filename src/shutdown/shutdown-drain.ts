import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import { TELEMETRY_CONFIG } from '../telemetry.constants';
import { ShutdownState } from './shutdown-state';

/**
 * First step of shutdown: readiness turns 503, then `shutdown.drainDelayMs` passes while the
 * HTTP server still serves, so load balancers stop routing here before it closes. Telemetry is
 * flushed later, in onApplicationShutdown, after the server closed and the last spans ended.
 */
@Injectable()
export class ShutdownDrain implements OnModuleDestroy, BeforeApplicationShutdown {
  private drained: Promise<void> | undefined;

  constructor(
    @Inject(TELEMETRY_CONFIG) private readonly config: ResolvedTelemetryConfig,
    private readonly state: ShutdownState,
  ) {}

  onModuleDestroy(): Promise<void> {
    return this.drain();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.drain();
  }

  private drain(): Promise<void> {
    this.state.begin();
    const delay = this.config.enabled ? this.config.shutdown.drainDelayMs : 0;
    this.drained ??= new Promise((resolve) => setTimeout(resolve, delay));
    return this.drained;
  }
}
