import { isEventSeverity } from '../event-severity';
import type { TrackEventSpec } from './tracked-call';
import type { TrackEventOptions } from './track-event.options';

/** Validates `@TrackEvent` arguments when the class is defined (so mistakes fail at startup) and fills defaults. */
export function resolveTrackEventSpec(name: string, options: TrackEventOptions): TrackEventSpec {
  const where = `@TrackEvent(${JSON.stringify(name)})`;
  if (typeof name !== 'string' || name.trim() === '') {
    throw new TypeError(
      `@TrackEvent: got ${JSON.stringify(name)}; expected a non-empty event name`,
    );
  }
  const rate = options.sampleRate;
  if (rate !== undefined && !(typeof rate === 'number' && rate >= 0 && rate <= 1)) {
    throw new TypeError(
      `${where} sampleRate: got ${String(rate)}; expected a number between 0 and 1`,
    );
  }
  for (const key of ['severity', 'errorSeverity'] as const) {
    const value = options[key];
    if (value !== undefined && !isEventSeverity(value)) {
      throw new TypeError(
        `${where} ${key}: got ${JSON.stringify(value)}; expected one of trace, debug, info, warn, error, fatal`,
      );
    }
  }
  return {
    name,
    errorEvent: options.errorEvent ?? `${name}_failed`,
    severity: options.severity ?? 'info',
    errorSeverity: options.errorSeverity ?? 'error',
    options,
  };
}
