import * as library from '../../../dist';
import { type BenchUser, SPAN_NAME, type WorkService } from './bench-work';

/** The part of issue 3's `@Instrument(name, { fields })` the bench uses. */
type InstrumentFactory = (
  name: string,
  options: { fields: Record<string, (...args: any[]) => unknown> },
) => MethodDecorator;

/**
 * Issue 3: `@Instrument` with three fields read from the arguments (the attributes of
 * raw-span.subject.ts), sync and async. Detected in the built library: while `Instrument` is not
 * on main the variants that use it are listed as pending.
 */
export function instrumentedServices():
  { sync: WorkService; async: WorkService } | { pending: string } {
  const Instrument = (library as Record<string, unknown>).Instrument as
    InstrumentFactory | undefined;
  if (typeof Instrument !== 'function') return { pending: 'issue 3 (@Instrument) not on main yet' };
  const traced = Instrument(SPAN_NAME, {
    fields: {
      'user.id': (user: BenchUser) => user.id,
      'user.tier': (user: BenchUser) => user.tier,
      'order.items': (_user: BenchUser, items: number) => items,
    },
  });

  class InstrumentedService {
    @traced
    work(user: BenchUser, items: number): number {
      return user.id.length + items;
    }
  }

  class InstrumentedAsyncService {
    @traced
    async work(user: BenchUser, items: number): Promise<number> {
      return user.id.length + items;
    }
  }

  return { sync: new InstrumentedService(), async: new InstrumentedAsyncService() };
}
