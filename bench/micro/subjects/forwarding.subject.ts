/* eslint-disable prefer-rest-params -- forwards the caller's exact arguments, as gated-wrapper */
import type { BenchUser } from './bench-work';

/**
 * The least a method decorator can put in place of a method without generating code: one
 * function literal, shared by every method it decorates, that forwards the call. Its call to the
 * method sees more than one target (the sync and the async method here, every decorated method in
 * an app), so V8 does not inline it: what `enabled: false` can at best cost, which
 * `@Instrument`'s pass-through (a runtime read and a test on top of the same forwarding) is
 * measured against.
 */
function forwarding(_target: object, _key: string | symbol, descriptor: PropertyDescriptor): void {
  const original = descriptor.value as (this: unknown, ...args: unknown[]) => unknown;
  descriptor.value = function (this: unknown, a: unknown, b: unknown): unknown {
    return arguments.length === 2
      ? original.call(this, a, b)
      : original.apply(this, arguments as any);
  };
}

export class ForwardingService {
  @forwarding
  work(user: BenchUser, items: number): number {
    return user.id.length + items;
  }
}

export class ForwardingAsyncService {
  @forwarding
  async work(user: BenchUser, items: number): Promise<number> {
    return user.id.length + items;
  }
}
