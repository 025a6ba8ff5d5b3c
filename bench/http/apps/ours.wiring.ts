import type { INestApplication } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import * as library from '../../../dist';
import type { TelemetryService } from '../../../dist';

/**
 * What of our full stack is on main: each part is detected from the built library, so the
 * configuration grows as issues 3, 4 and 5 land. Detected parts are listed in the report.
 */
type InstrumentFactory = (
  name: string,
  options: { fields: Record<string, (...args: any[]) => unknown> },
) => MethodDecorator;

/**
 * `@Instrument` (issue 3) with the attribute the peer's `@Span` sets, if the library exports it;
 * else nothing (reported as TODO).
 */
export const MethodSpan: MethodDecorator = (() => {
  const instrument = (library as Record<string, unknown>).Instrument as
    InstrumentFactory | undefined;
  if (typeof instrument !== 'function') return () => undefined;
  return instrument('UsersService.find', { fields: { 'user.id': (id: string) => id } });
})();

/** `TelemetryService.emit` (issue 5), or undefined. */
export function emitOf(
  service: TelemetryService,
): ((name: string, attributes: object) => void) | undefined {
  const emit = (service as unknown as { emit?: (n: string, a: object) => void }).emit;
  return typeof emit === 'function' ? emit.bind(service) : undefined;
}

/** Uses the nestjs-pino logger the module wires (issue 5), when there is one. */
export function useModuleLogger(app: INestApplication): boolean {
  // ModuleRef.get throws plainly; app.get would go through Nest's exception zone and exit.
  try {
    app.useLogger(app.get(ModuleRef).get(PinoNestLogger, { strict: false }));
    return true;
  } catch {
    return false;
  }
}

/** Which parts of the full stack this app really runs. */
export async function describeOurStack(
  baseUrl: string,
  service: TelemetryService,
  logger: boolean,
) {
  const parts: [string, boolean][] = [
    ['server span (preload nestjs-telemetry/register, BSP -> OTLP proto -> sink)', true],
    ['method span (@Instrument)', 'Instrument' in library],
    [
      'RED metrics + /metrics (recorded when the response finishes)',
      (await fetch(`${baseUrl}/metrics`)).ok,
    ],
    ['request log (module-wired nestjs-pino)', logger],
    ['event per request (TelemetryService.emit)', emitOf(service) !== undefined],
  ];
  return {
    wired: parts.filter(([, on]) => on).map(([name]) => name),
    todo: parts.filter(([, on]) => !on).map(([name]) => name),
  };
}
