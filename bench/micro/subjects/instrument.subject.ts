import type { WorkService } from './bench-work';

/**
 * SLOT for issue 3: `@Instrument` with three fields read from the arguments, sync and async.
 * While `@Instrument` is not on main this returns `pending`, and the variants that use it
 * (`@Instrument`, in a sampled-out trace, with telemetry disabled) are listed but not run.
 *
 * When it lands, replace the body with two classes like subjects/nestjs-otel.subject.ts:
 *   @Instrument(SPAN_NAME, { fields: { 'user.id': (user) => user.id, 'user.tier': ..., 'order.items': (_, n) => n } })
 *   work(user: BenchUser, items: number): number { return user.id.length + items; }
 */
export function instrumentedServices():
  { sync: WorkService; async: WorkService } | { pending: string } {
  return { pending: 'issue 3 (@Instrument) not on main yet' };
}
