import { Counter, Registry } from 'prom-client';
import type { BenchOptions } from '../lib/bench-options';
import { median } from '../lib/stats';
import { ourMetricsRender } from './our-render.subject';
import { forEachSeriesLabels } from './series-labels';

export const SERIES = 10_000;

/** Render time of one `/metrics` exposition with 10k series. */
export interface RenderResult {
  readonly name: string;
  readonly series: number;
  readonly pending?: string;
  readonly medianMs?: number;
  readonly maxMs?: number;
  readonly bytes?: number;
}

/** Bare prom-client: one counter with 10k label sets (100 routes x 20 tenants x 5 statuses). */
export function bareRegistryWithSeries(): Registry {
  const registry = new Registry();
  const counter = new Counter({
    name: 'bench_requests_total',
    help: 'Requests.',
    labelNames: ['route', 'tenant', 'status_code'],
    registers: [registry],
  });
  forEachSeriesLabels((labels) => counter.inc(labels));
  return registry;
}

async function timeRenders(name: string, render: () => Promise<string>, reps: number) {
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < reps + 2; i++) {
    const start = process.hrtime.bigint();
    bytes = (await render()).length;
    if (i >= 2) ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { name, series: SERIES, medianMs: median(ms), maxMs: Math.max(...ms), bytes };
}

export async function runMetricsRender(options: BenchOptions): Promise<RenderResult[]> {
  const reps = options.quick ? 5 : 21;
  const bare = bareRegistryWithSeries();
  const results: RenderResult[] = [
    await timeRenders('prom-client registry.metrics()', () => bare.metrics(), reps),
  ];
  const ours = await ourMetricsRender();
  if ('pending' in ours)
    return [...results, { name: ours.name, series: SERIES, pending: ours.pending }];
  try {
    return [...results, await timeRenders(ours.name, ours.render, reps)];
  } finally {
    await ours.close();
  }
}
