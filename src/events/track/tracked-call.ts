import type { TelemetryDiagnostics } from '../../diagnostics/telemetry-diagnostics';
import type { EventSeverity } from '../event-severity';
import type { TelemetryEventSink } from '../telemetry-event-sink';
import { errorAttributes } from './error-attributes';
import type { OutcomeObserver } from './observe-outcome';
import type { TrackEventOptions } from './track-event.options';

/** A `@TrackEvent` declaration with its defaults resolved at decoration time. */
export interface TrackEventSpec {
  name: string;
  errorEvent: string;
  severity: EventSeverity;
  errorSeverity: EventSeverity;
  options: TrackEventOptions;
}

/** Settings of one call, read from the runtime when the call starts. */
export interface CallContext {
  sink: TelemetryEventSink;
  diagnostics: TelemetryDiagnostics;
  sampled: boolean;
  recordInputs: boolean;
  recordOutputs: boolean;
}

/** One call of a tracked method: emits its success or error event once the outcome is known. */
export class TrackedCall implements OutcomeObserver {
  private readonly started = performance.now();
  private readonly base: Record<string, unknown>;

  constructor(
    private readonly spec: TrackEventSpec,
    private readonly ctx: CallContext,
    private readonly args: unknown[],
  ) {
    this.base = { ...this.extract('attributes', () => spec.options.attributes?.(...args)) };
    if (ctx.recordInputs) this.base.input = [...args];
  }

  success(value: unknown): void {
    if (this.ctx.sampled) this.safely(() => this.emitSuccess(value));
  }

  failure(error: unknown): void {
    this.safely(() => this.emitFailure(error));
  }

  private emitSuccess(value: unknown): void {
    const { spec, args } = this;
    const attributes: Record<string, unknown> = {
      ...this.base,
      ...this.extract('resultAttributes', () => spec.options.resultAttributes?.(value, ...args)),
      outcome: 'success',
      duration_ms: this.elapsed(),
    };
    if (this.ctx.recordOutputs) attributes.output = value;
    this.ctx.sink.emit(spec.name, attributes, spec.severity, undefined, 1);
  }

  private emitFailure(error: unknown): void {
    const { spec, args } = this;
    const attributes = {
      ...this.base,
      ...this.extract('errorAttributes', () => spec.options.errorAttributes?.(error, ...args)),
      ...errorAttributes(error, spec.options.includeStack ?? false),
      operation: spec.name,
      outcome: 'error',
      duration_ms: this.elapsed(),
    };
    this.ctx.sink.emit(spec.errorEvent, attributes, spec.errorSeverity, undefined, 1);
  }

  private safely(emit: () => void): void {
    try {
      emit();
    } catch {
      this.ctx.diagnostics.count('event_track_failed');
    }
  }

  private elapsed(): number {
    return Math.round((performance.now() - this.started) * 1000) / 1000;
  }

  /** Runs a user extractor; one that throws or returns a non-object adds nothing and is counted. */
  private extract(which: string, run: () => unknown): Record<string, unknown> | undefined {
    try {
      const out = run();
      if (out === undefined || (typeof out === 'object' && out !== null)) {
        return out as Record<string, unknown> | undefined;
      }
    } catch {
      // fall through: counted below
    }
    this.ctx.diagnostics.count('event_extractor_failed');
    this.ctx.diagnostics.warnOnce(
      `extractor:${this.spec.name}:${which}`,
      `@TrackEvent('${this.spec.name}'): the ${which} extractor threw or returned a non-object; ` +
        'the event is emitted without those attributes.',
    );
    return undefined;
  }
}
