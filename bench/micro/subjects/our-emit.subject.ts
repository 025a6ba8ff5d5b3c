import type { TelemetryService } from '../../../dist';
import { EVENT_ATTRIBUTES, EVENT_NAME } from './event-push.subject';

/** `TelemetryService.emit(name, attributes, severity?)` as issue 5 specifies it. */
type Emit = (name: string, attributes: Record<string, unknown>) => void;

/**
 * SLOT for issue 5: our event emit with four attributes, through the real module's service.
 * It is live as soon as TelemetryService has `emit` (the signature issue 5 specifies); until
 * then the variant is pending.
 */
export function ourEmit(service: TelemetryService): (() => void) | { pending: string } {
  const emit = (service as unknown as { emit?: Emit }).emit;
  if (typeof emit !== 'function') return { pending: 'issue 5 (event emit) not on main yet' };
  return () => emit.call(service, EVENT_NAME, EVENT_ATTRIBUTES);
}
