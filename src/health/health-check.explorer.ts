import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { TelemetryDiagnostics } from '../diagnostics/telemetry-diagnostics';
import { HealthCheckRegistry } from './health-check.registry';
import {
  HEALTH_CHECK_METADATA,
  type HealthCheckMetadata,
  type TelemetryHealthIndicator,
} from './telemetry-health-check.decorator';

/** Finds the providers marked `@TelemetryHealthCheck()` and registers their `check()`. */
@Injectable()
export class HealthCheckExplorer implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly registry: HealthCheckRegistry,
    private readonly diagnostics: TelemetryDiagnostics,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const type = wrapper.metatype;
      if (typeof type !== 'function') continue;
      const meta = this.reflector.get<HealthCheckMetadata | undefined>(HEALTH_CHECK_METADATA, type);
      if (!meta) continue;
      const instance = wrapper.instance as Partial<TelemetryHealthIndicator> | undefined;
      if (!wrapper.isDependencyTreeStatic() || typeof instance?.check !== 'function') {
        this.warn(meta.name, `${type.name} needs to be a singleton provider with a check() method`);
        continue;
      }
      try {
        this.registry.register(meta.name, () => instance.check!(), meta);
      } catch (error) {
        this.warn(meta.name, (error as Error).message);
      }
    }
  }

  private warn(name: string, why: string): void {
    this.diagnostics.warnOnce(
      `health-check:${name}`,
      `@TelemetryHealthCheck('${name}') is ignored: ${why}.`,
    );
  }
}
