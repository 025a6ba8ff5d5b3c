import { getActiveRuntime } from '../runtime/active-runtime';
import { copyMetadata } from './copy-metadata';
import { observeOutcome } from '../events/track/observe-outcome';
import { TrackedCall, type TrackEventSpec } from '../events/track/tracked-call';
import type { TrackEventOptions } from '../events/track/track-event.options';
import { resolveTrackEventSpec } from '../events/track/resolve-track-event-spec';

/**
 * Emits a business event each time the method completes: `name` on success (attributes from
 * the `attributes` / `resultAttributes` extractors, plus `outcome` and `duration_ms`), and the
 * error event (`${name}_failed` unless `errorEvent` says otherwise) with `error.type` and
 * `error.message` when it throws or rejects; the error is rethrown unchanged. Sync methods stay
 * sync; Promises, Observables and async generators report when they settle. Without a running
 * TelemetryModule, or with events disabled, the method runs untouched.
 *
 * @example
 * @TrackEvent('message_processed', {
 *   attributes: (msg: Message) => ({ session_id: msg.sessionId }),
 *   resultAttributes: (reply: Reply) => ({ tokens: reply.usage.total }),
 *   errorEvent: 'provider_error',
 * })
 * async process(msg: Message): Promise<Reply> { ... }
 */
export function TrackEvent<TArgs extends any[] = any[], TResult = any>(
  name: string,
  options: TrackEventOptions<TArgs, TResult> = {},
): MethodDecorator {
  const spec = resolveTrackEventSpec(name, options as TrackEventOptions);
  return (_target, _key, descriptor: PropertyDescriptor) => {
    const original = descriptor.value;
    if (typeof original !== 'function') {
      throw new TypeError(`@TrackEvent('${name}') can only decorate methods`);
    }
    const wrapped = function (this: unknown, ...args: unknown[]): unknown {
      const call = startCall(spec, args);
      if (!call) return original.apply(this, args);
      let result: unknown;
      try {
        result = original.apply(this, args);
      } catch (error) {
        call.failure(error);
        throw error;
      }
      return observeOutcome(result, call);
    };
    copyMetadata(original, wrapped);
    descriptor.value = wrapped;
    return descriptor;
  };
}

/** A tracked call when a runtime with events is active, else undefined (pass-through). */
function startCall(spec: TrackEventSpec, args: unknown[]): TrackedCall | undefined {
  const runtime = getActiveRuntime();
  const sink = runtime?.events;
  if (!runtime || !sink || !runtime.config.events.enabled) return undefined;
  const events = runtime.config.events;
  const rate = spec.options.sampleRate ?? events.sampleRate;
  return new TrackedCall(
    spec,
    {
      sink,
      diagnostics: runtime.diagnostics,
      sampled: rate >= 1 || Math.random() < rate,
      recordInputs: spec.options.recordInputs ?? events.recordInputs,
      recordOutputs: spec.options.recordOutputs ?? events.recordOutputs,
    },
    args,
  );
}
