import { GUARDS_METADATA } from '@nestjs/common/constants';
import { type DiscoveryService, MetadataScanner, type Reflector } from '@nestjs/core';
import { SKIP_TELEMETRY_METADATA } from '../../telemetry.constants';
import { SKIP_HTTP_METRICS } from '../metrics.constants';
import { SKIP_HTTP_METRICS_GUARD } from './skip-http-metrics.guard';

/** A controller class or a handler function: where Nest keeps route metadata. */
type MetadataTarget = (...args: never[]) => unknown;

/**
 * Puts SKIP_HTTP_METRICS_GUARD on every route handler whose metadata (the handler's, else its
 * controller's) is `SKIP_HTTP_METRICS` or `@SkipTelemetry()`, as `@UseGuards` would. It runs while
 * the module's providers are created, before Nest builds the routes from that metadata; other
 * routes get no guard at all. Adding the guard twice (a second app) is a no-op.
 */
export function guardSkippedRoutes(discovery: DiscoveryService, reflector: Reflector): void {
  const scanner = new MetadataScanner();
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as MetadataTarget | undefined;
    if (typeof controller !== 'function') continue;
    const classSkips = skipOf(reflector, controller);
    const prototype = controller.prototype as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      if (typeof handler !== 'function') continue;
      if (skipOf(reflector, handler as MetadataTarget) ?? classSkips) addGuard(handler);
    }
  }
}

function skipOf(reflector: Reflector, target: MetadataTarget): boolean | undefined {
  return (
    reflector.get<boolean | undefined>(SKIP_HTTP_METRICS, target) ??
    reflector.get<boolean | undefined>(SKIP_TELEMETRY_METADATA, target)
  );
}

function addGuard(handler: object): void {
  const guards = (Reflect.getMetadata(GUARDS_METADATA, handler) as unknown[] | undefined) ?? [];
  if (guards.includes(SKIP_HTTP_METRICS_GUARD)) return;
  Reflect.defineMetadata(GUARDS_METADATA, [...guards, SKIP_HTTP_METRICS_GUARD], handler);
}
