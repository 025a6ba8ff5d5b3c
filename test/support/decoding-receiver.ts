import {
  decodeLogs,
  decodeMetrics,
  decodeTraces,
  type DecodedLog,
  type DecodedSpan,
} from './otlp-decode';

/** The three OTLP signals a receiver takes. */
export type OtlpSignal = 'traces' | 'metrics' | 'logs';

/** What the loopback receivers decode from the protobuf request bodies they kept, by signal. */
export abstract class DecodingReceiver {
  /** The protobuf request bodies received for `signal`, in arrival order. */
  protected abstract bodies(signal: OtlpSignal): Buffer[];

  spans(): DecodedSpan[] {
    return this.bodies('traces').flatMap(decodeTraces);
  }

  logs(): DecodedLog[] {
    return this.bodies('logs').flatMap(decodeLogs);
  }

  metrics(): any[] {
    return this.bodies('metrics').map(decodeMetrics);
  }
}
