import { HTTP_BARE, HTTP_OURS, HTTP_PEER, HTTP_SERVER_SPAN } from '../http/http-config';
import { EVENTS } from '../micro/suites/events.suite';
import { METRICS } from '../micro/suites/metrics.suite';
import { TRACING } from '../micro/suites/tracing.suite';
import { median } from '../lib/stats';
import { pairedRatio, type VariantResult } from '../micro/run-micro-suite';
import type { BenchResults } from './bench-results';

/** One row of the final table. `info` rows have no target (the peers, for comparison). */
export interface TargetRow {
  readonly figure: string;
  readonly measured: string;
  readonly target: string;
  readonly status: 'pass' | 'miss' | 'pending' | 'info';
  readonly value?: number;
}

type Check = (value: number) => boolean;

function variant(results: BenchResults, suite: string, name: string): VariantResult | undefined {
  return results.micro?.find((s) => s.id === suite)?.variants.find((v) => v.name === name);
}

function row(
  figure: string,
  value: number | undefined,
  unit: (v: number) => string,
  target: string,
  check?: Check,
): TargetRow {
  if (value === undefined || !Number.isFinite(value))
    return { figure, measured: 'pending', target, status: 'pending' };
  const status = check ? (check(value) ? 'pass' : 'miss') : 'info';
  return { figure, measured: unit(value), target, status, value };
}

const ratio = (v: number) => `${v.toFixed(2)}x`;
const ns = (v: number) => `${v.toFixed(0)} ns`;
const added = (v: number) => `${v >= 0 ? '+' : ''}${v.toFixed(0)} ns`;

/** Median over repetitions of a's CPU ns over b's in the same repetition. */
function ratioOf(a?: VariantResult, b?: VariantResult): number | undefined {
  return a?.repNs && b?.repNs ? pairedRatio(a.repNs, b.repNs) : undefined;
}

function tracingRows(r: BenchResults, mode: 'sync' | 'async'): TargetRow[] {
  const suite = `tracing-${mode}`;
  const get = (name: string) => variant(r, suite, name);
  // Differences taken within each repetition, then their median: drift cancels.
  const diff = (a?: VariantResult, b?: VariantResult) =>
    a?.repNs && b?.repNs ? median(a.repNs.map((v, i) => v - b.repNs![i])) : undefined;
  return [
    row(
      `@Instrument / raw span (${mode})`,
      get(TRACING.instrument)?.ratio,
      ratio,
      '<= 1.10x',
      (v) => v <= 1.1,
    ),
    ...(mode === 'async'
      ? [
          row(
            '@Instrument / raw span ended when the promise settles (async)',
            ratioOf(get(TRACING.instrument), get(TRACING.rawSettled)),
            ratio,
            'what the wrapper itself adds',
          ),
        ]
      : []),
    row(
      `nestjs-otel @Span / raw span (${mode})`,
      get(TRACING.nestjsOtel)?.ratio,
      ratio,
      'peer: 1.19-1.30x',
    ),
    row(
      `sampled-out trace, added (${mode})`,
      diff(get(TRACING.instrumentSampledOut), get(TRACING.plainSampledOut)),
      added,
      '<= 100 ns',
      (v) => v <= 100,
    ),
    row(
      `enabled: false, added (${mode})`,
      diff(get(TRACING.instrumentDisabled), get(TRACING.plain)),
      added,
      '<= 20 ns',
      (v) => v <= 20,
    ),
    row(
      `enabled: false, added over a forwarding-only wrapper (${mode})`,
      diff(get(TRACING.instrumentDisabled), get(TRACING.forwarding)),
      added,
      'what the gate adds to the floor',
    ),
  ];
}

/** How busy the bare server was: below ~90 % the load generator, not the server, set req/s. */
function saturation(bare: { rps: number; cpuUsPerRequest?: number } | undefined): string {
  if (!bare?.cpuUsPerRequest) return '';
  return ` (bare server ${((bare.rps * bare.cpuUsPerRequest) / 1e4).toFixed(0)}% busy)`;
}

/** Flags a full-stack figure taken while parts of the stack are not on main yet. */
function partial(config: { wired: string[]; todo: string[] } | undefined): string {
  if (!config || config.todo.length === 0) return '';
  return ` (${config.wired.length} of ${config.wired.length + config.todo.length} parts wired)`;
}

/** Every figure with a target from issues 3, 4, 5 and 8, plus the peers' figures for context. */
export function evaluateTargets(r: BenchResults): TargetRow[] {
  const emit = variant(r, 'events', EVENTS.ours);
  const metric = variant(r, 'metrics', METRICS.ours);
  const ours = r.http?.configs.find((c) => c.name === HTTP_OURS);
  const peer = r.http?.configs.find((c) => c.name === HTTP_PEER);
  const bare = r.http?.configs.find((c) => c.name === HTTP_BARE);
  const serverSpan = r.http?.configs.find((c) => c.name === HTTP_SERVER_SPAN);
  const render = r.metricsRender?.find((m) => m.name === 'our /metrics')?.medianMs;
  const rss = r.eventsRss;
  const rssGrowth = rss?.rssAfterMb !== undefined ? rss.rssAfterMb - rss.rssBeforeMb! : undefined;
  const heap = rss?.heapMb;
  const heapSecondHalf = heap?.length === 3 ? heap[2] - heap[1] : undefined;
  return [
    ...tracingRows(r, 'sync'),
    ...tracingRows(r, 'async'),
    row('emit p50', emit?.chunkP50, ns, '<= 300 ns', (v) => v <= 300),
    row(
      'emit throughput',
      emit?.ns && 1e9 / emit.ns,
      (v) => `${(v / 1e6).toFixed(2)} M/s`,
      '>= 1 M events/s',
      (v) => v >= 1e6,
    ),
    row('metric record / bare prom-client', metric?.ratio, ratio, '<= 1.30x', (v) => v <= 1.3),
    row(
      '/metrics render, 10k series',
      render,
      (v) => `${v.toFixed(1)} ms`,
      '< 50 ms',
      (v) => v < 50,
    ),
    row(
      `RSS growth after ${(rss?.events ?? 0).toLocaleString('en-US')} events, collector down`,
      rssGrowth,
      (v) => `+${v.toFixed(1)} MB`,
      'bounded (<= +50 MB)',
      (v) => v <= 50,
    ),
    row(
      'heap retained (after GC) over the second half of those events',
      heapSecondHalf,
      (v) => `${v >= 0 ? '+' : ''}${v.toFixed(1)} MB`,
      'flat (<= +2 MB)',
      (v) => v <= 2,
    ),
    row(
      `our full HTTP stack / bare, throughput per server CPU${partial(ours)}`,
      ours?.cpuRatioToBare,
      ratio,
      '>= 0.55 (goal 0.70)',
      (v) => v >= 0.55,
    ),
    row(
      `our full HTTP stack / bare, req/s${partial(ours)}${saturation(bare)}`,
      ours?.ratioToBare,
      ratio,
      'valid when bare is saturated',
    ),
    row(
      'server span only (our server span + OTLP) / bare, per server CPU',
      serverSpan?.cpuRatioToBare,
      ratio,
      'floor of our stack',
    ),
    row(
      'peer HTTP stack / bare, throughput per server CPU',
      peer?.cpuRatioToBare,
      ratio,
      'peer: 0.42',
    ),
    row('peer HTTP stack / bare, req/s', peer?.ratioToBare, ratio, 'peer: 0.42'),
  ];
}
