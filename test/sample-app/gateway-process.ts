import type { DecodedSpan } from '../support/otlp-decode';
import { OtlpReceiver } from '../support/otlp-receiver';
import { spawnApp, type SpawnedApp } from '../support/spawn-app';

/** The sample app's entry point, relative to the repository root. */
export const GATEWAY_MAIN = 'sample-app/src/main.ts';

/** A gateway in a child process (with the preload) and the OTLP receiver it exports to. */
export interface GatewayUnderTest {
  app: SpawnedApp;
  receiver: OtlpReceiver;
  stop(): Promise<void>;
}

/** Fast, deterministic providers and short export intervals, so tests see telemetry quickly. */
export const FAST_GATEWAY_ENV: NodeJS.ProcessEnv = {
  LLM_LATENCY_MS: '5',
  LLM_MS_PER_TOKEN: '0',
  LLM_PRIMARY_RATE_LIMIT_RATE: '0',
  OTEL_BSP_SCHEDULE_DELAY: '100',
  OTEL_BLRP_SCHEDULE_DELAY: '100',
  OTEL_METRIC_EXPORT_INTERVAL: '500',
  LOG_LEVEL: 'info',
};

/** Starts a receiver and a gateway exporting to it. */
export async function startGateway(env: NodeJS.ProcessEnv = {}): Promise<GatewayUnderTest> {
  const receiver = await new OtlpReceiver().start();
  const app = await spawnApp(GATEWAY_MAIN, {
    env: { ...FAST_GATEWAY_ENV, OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, ...env },
  }).catch(async (error) => {
    await receiver.stop();
    throw error;
  });
  return {
    app,
    receiver,
    stop: async () => {
      await app.stop();
      await receiver.stop();
    },
  };
}

/** POSTs a message and returns the parsed answer. */
export async function sendMessage(
  app: SpawnedApp,
  message: { session_key: string; channel_id: string; text: string },
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${app.url}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(message),
  });
  return { status: res.status, body: await res.json() };
}

const SERVER_KIND = 2; // OTLP's SPAN_KIND_SERVER

/** The server span and all spans of the trace that processed `messageId`, once the server span arrived. */
export async function traceOfMessage(
  gateway: GatewayUnderTest,
  messageId: string,
): Promise<[DecodedSpan, DecodedSpan[]]> {
  const serverSpan = (all: DecodedSpan[]) => {
    const traceId = all.find((s) => s.attributes.message_id === messageId)?.traceId;
    return all.find((s) => s.traceId === traceId && s.kind === SERVER_KIND);
  };
  const spans = await gateway.receiver.waitFor(
    () => gateway.receiver.spans(),
    (all) => serverSpan(all) !== undefined,
  );
  const server = serverSpan(spans)!;
  return [server, spans.filter((s) => s.traceId === server.traceId)];
}
