import type { IncomingMessage, ServerResponse } from 'node:http';
import { type MeterProvider, trace, type Tracer, type TracerProvider } from '@opentelemetry/api';
import type { Instrumentation } from '@opentelemetry/instrumentation';
import { INSTRUMENTATION_SCOPE } from '../../telemetry.constants';
import { isTelemetryEndpointRequest } from '../telemetry-endpoint-request';
import type { HttpServerSpanOptions } from './http-server-span.options';
import { type IncomingRequestTracing, traceIncomingRequest } from './trace-incoming-request';

type ServerEmit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;
type ServerPrototype = { emit: ServerEmit };

/** One patched `Server.prototype.emit`, and how to put it back. */
interface EmitPatch {
  readonly prototype: ServerPrototype;
  readonly original: ServerEmit;
  readonly wrapped: ServerEmit;
  readonly ownBefore: boolean;
}

/**
 * SERVER spans for incoming HTTP requests, with the stable HTTP semantic-convention attributes,
 * at a fraction of instrumentation-http's per-request cost (see `npm run bench`): no URL parse,
 * no per-listener wrapping, no duration histogram (this library records its own RED metrics).
 * It patches `emit` of `http.Server.prototype` and `https.Server.prototype` directly: core
 * modules are singletons, so it needs no require hook, and servers created before the SDK
 * started are traced too.
 *
 * The default instrumentations pair it with instrumentation-http for outgoing requests only; to
 * have instrumentation-http's server spans instead, pass `instrumentations: [new HttpInstrumentation()]`.
 */
export class HttpServerSpanInstrumentation
  implements Instrumentation<HttpServerSpanOptions>, IncomingRequestTracing
{
  readonly instrumentationName = `${INSTRUMENTATION_SCOPE}/http-server`;
  readonly instrumentationVersion = '1.0.0';
  private provided: Tracer | undefined;
  private patches: EmitPatch[] = [];
  private enabled = false;

  constructor(private options: HttpServerSpanOptions = {}) {}

  enable(): void {
    if (this.enabled) return;
    this.enabled = true;
    /* eslint-disable @typescript-eslint/no-require-imports */
    this.patch(require('node:http').Server.prototype, 'http');
    this.patch(require('node:https').Server.prototype, 'https');
    /* eslint-enable @typescript-eslint/no-require-imports */
  }

  /**
   * Restores `emit` where it is still this wrapper; where another wrapper was put on top since,
   * this one stays in the chain and passes every event through.
   */
  disable(): void {
    this.enabled = false;
    for (const { prototype, original, wrapped, ownBefore } of this.patches) {
      if (prototype.emit !== wrapped) continue;
      if (ownBefore) prototype.emit = original;
      else delete (prototype as Partial<ServerPrototype>).emit;
    }
    this.patches = [];
  }

  setTracerProvider(provider: TracerProvider): void {
    this.provided = provider.getTracer(INSTRUMENTATION_SCOPE);
  }

  setMeterProvider(_provider: MeterProvider): void {}

  setConfig(options: HttpServerSpanOptions): void {
    this.options = { ...options };
  }

  getConfig(): HttpServerSpanOptions {
    return { ...this.options, enabled: this.enabled };
  }

  tracer(): Tracer {
    return (this.provided ??= trace.getTracer(INSTRUMENTATION_SCOPE));
  }

  samplerReadsAttributes(): boolean {
    return this.options.samplerReadsAttributes !== false;
  }

  ignored(req: IncomingMessage): boolean {
    if (this.options.traceTelemetryEndpoints !== true && isTelemetryEndpointRequest(req))
      return true;
    try {
      return this.options.ignoreIncomingRequest?.(req) === true;
    } catch {
      return false;
    }
  }

  private patch(prototype: ServerPrototype, scheme: string): void {
    const original = prototype.emit;
    const ownBefore = Object.prototype.hasOwnProperty.call(prototype, 'emit');
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const tracing = this;
    const wrapped = function emitWithServerSpan(
      this: unknown,
      event: string | symbol,
      req?: unknown,
      res?: unknown,
    ): boolean {
      if (event !== 'request' || !tracing.enabled) {
        // eslint-disable-next-line prefer-rest-params
        return original.apply(this, arguments as unknown as [string]);
      }
      return traceIncomingRequest(
        tracing,
        scheme,
        original,
        this,
        req as IncomingMessage,
        res as ServerResponse,
      );
    } as ServerEmit;
    prototype.emit = wrapped;
    this.patches.push({ prototype, original, wrapped, ownBefore });
  }
}
