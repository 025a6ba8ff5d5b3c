// Sends a bounded amount of traffic to a local gateway:
//   npm run traffic -w sample-app -- --count 200 --concurrency 4 --stream-ratio 0.2
// Only loopback targets are allowed (TRAFFIC_URL or --url, default http://127.0.0.1:$PORT).
import { parseArgs } from 'node:util';

const MAX_COUNT = 10_000;
const CHANNELS = ['slack:T01:C01', 'slack:T01:C02', 'discord:G7:C1', 'web:site', 'api:key1'];
const TEXTS = [
  'What is the status of my order?',
  'Summarise the last meeting in three bullet points',
  'Can you call the weather tool for Paris?',
  'Translate "good morning" into French and German',
  'Write a haiku about observability',
];

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '4' },
    sessions: { type: 'string', default: '10' },
    'stream-ratio': { type: 'string', default: '0.2' },
    url: {
      type: 'string',
      default: process.env.TRAFFIC_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`,
    },
  },
});

const base = new URL(values.url!);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname))
  throw new Error(`traffic only goes to loopback; got ${base.hostname}`);
const count = Math.min(Math.max(1, Number(values.count)), MAX_COUNT);
const concurrency = Math.min(Math.max(1, Number(values.concurrency)), 32);
const sessions = Math.max(1, Number(values.sessions));
const streamRatio = Number(values['stream-ratio']);

interface Outcome {
  status: number;
  ms: number;
  fallback: boolean;
}

async function send(i: number): Promise<Outcome> {
  const message = {
    session_key: `traffic-${i % sessions}`,
    channel_id: CHANNELS[i % CHANNELS.length],
    text: TEXTS[i % TEXTS.length],
  };
  const started = performance.now();
  if ((i * 0.618) % 1 < streamRatio) {
    const query = new URLSearchParams(message).toString();
    const res = await fetch(new URL(`/v1/messages/stream?${query}`, base));
    const body = await res.text();
    return {
      status: res.status,
      ms: performance.now() - started,
      fallback: body.includes('"fallback":true'),
    };
  }
  const res = await fetch(new URL('/v1/messages', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(message),
  });
  const body = (await res.json()) as { fallback?: boolean };
  return { status: res.status, ms: performance.now() - started, fallback: body.fallback === true };
}

async function main(): Promise<void> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      outcomes.push(await send(i).catch(() => ({ status: 0, ms: 0, fallback: false })));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const pct = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))].toFixed(1);
  const byStatus: Record<string, number> = {};
  for (const o of outcomes) byStatus[o.status] = (byStatus[o.status] ?? 0) + 1;
  console.log(
    `sent ${count} to ${base.origin}: statuses ${JSON.stringify(byStatus)}, ` +
      `fallbacks ${outcomes.filter((o) => o.fallback).length}, p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms`,
  );
}

void main();
