import { Logger } from '@nestjs/common';
import { MetricDefinitionError, toPrometheusName } from '../../src';
import { sampleValue } from '../support/prometheus-text';
import { standaloneMetrics } from './fixtures/standalone-metrics';

describe('metric registry', () => {
  afterEach(() => jest.restoreAllMocks());

  it('maps OpenTelemetry names to Prometheus names like the OpenTelemetry Prometheus exporter', () => {
    expect(toPrometheusName('orders.placed', '', 'counter')).toBe('orders_placed_total');
    expect(toPrometheusName('http.server.request.duration', 's', 'histogram')).toBe(
      'http_server_request_duration_seconds',
    );
    expect(toPrometheusName('gen_ai.client.token.usage', '{token}', 'histogram')).toBe(
      'gen_ai_client_token_usage',
    );
    expect(toPrometheusName('gen_ai.client.operation.duration', 's', 'histogram')).toBe(
      'gen_ai_client_operation_duration_seconds',
    );
    expect(toPrometheusName('jobs.done_total', '{job}', 'counter')).toBe('jobs_done_total');
    expect(toPrometheusName('disk.io', 'By/s', 'gauge')).toBe('disk_io_bytes_per_second');
    expect(toPrometheusName('cpu.utilization', '1', 'gauge')).toBe('cpu_utilization_ratio');
    expect(toPrometheusName('queue.size.bytes', 'By', 'upDownCounter')).toBe('queue_size_bytes');
  });

  it('records counters, histograms with custom buckets, gauges and up-down counters', async () => {
    const { metrics, scrape } = standaloneMetrics({
      prefix: 'shop_',
      defaultLabels: { region: 'eu' },
    });
    const orders = metrics.counter({
      name: 'orders.placed',
      help: 'Orders',
      labelNames: ['channel'],
    });
    const latency = metrics.histogram({
      name: 'checkout.duration',
      help: 'Checkout',
      unit: 's',
      buckets: [0.1, 0.5, 1],
    });
    const queue = metrics.gauge({ name: 'queue.depth', help: 'Depth', labelNames: ['queue'] });
    const sessions = metrics.upDownCounter({
      name: 'sessions.active',
      help: 'Sessions',
      unit: '{session}',
    });
    metrics.gauge({ name: 'pool.free', help: 'Free', collect: (observe) => observe(7, {}) });
    orders.add(1, { channel: 'web' });
    orders.add(2, { channel: 'web' });
    orders.add(1, { channel: 'app' });
    latency.record(0.05);
    latency.record(0.7);
    queue.set(12, { queue: 'mail' });
    sessions.add(3);
    sessions.add(-1);

    const m = await scrape();
    expect(sampleValue(m, 'shop_orders_placed_total', { channel: 'web', region: 'eu' })).toBe(3);
    expect(sampleValue(m, 'shop_orders_placed_total', { channel: 'app' })).toBe(1);
    expect(sampleValue(m, 'shop_checkout_duration_seconds_bucket', { le: '0.1' })).toBe(1);
    expect(sampleValue(m, 'shop_checkout_duration_seconds_bucket', { le: '0.5' })).toBe(1);
    expect(sampleValue(m, 'shop_checkout_duration_seconds_bucket', { le: '1' })).toBe(2);
    expect(sampleValue(m, 'shop_checkout_duration_seconds_bucket', { le: '+Inf' })).toBe(2);
    expect(sampleValue(m, 'shop_checkout_duration_seconds_sum')).toBeCloseTo(0.75);
    expect(sampleValue(m, 'shop_queue_depth', { queue: 'mail' })).toBe(12);
    expect(sampleValue(m, 'shop_sessions_active')).toBe(2);
    expect(sampleValue(m, 'shop_pool_free')).toBe(7);
    expect(m.types).toMatchObject({
      shop_orders_placed_total: 'counter',
      shop_checkout_duration_seconds: 'histogram',
      shop_queue_depth: 'gauge',
      shop_sessions_active: 'gauge',
    });
    expect(m.help.shop_orders_placed_total).toBe('Orders');
  });

  it('returns the same instrument for the same definition and rejects a conflicting one', () => {
    const { metrics } = standaloneMetrics();
    const def = { name: 'jobs.run', help: 'Jobs', labelNames: ['queue'] };
    const first = metrics.counter(def);
    expect(metrics.counter({ ...def, labelNames: ['queue'] })).toBe(first);
    expect(() => metrics.gauge(def)).toThrow(MetricDefinitionError);
    expect(() => metrics.gauge(def)).toThrow(/"jobs\.run".*type counter vs gauge/);
    expect(() => metrics.counter({ ...def, labelNames: ['queue', 'kind'] })).toThrow(
      /labels \[queue\] vs \[queue, kind\]/,
    );
    const h = metrics.histogram({ name: 'h', help: 'H', buckets: [1, 2] });
    expect(metrics.histogram({ name: 'h', help: 'H', buckets: [1, 2] })).toBe(h);
    expect(() => metrics.histogram({ name: 'h', help: 'H', buckets: [1, 3] })).toThrow(
      /buckets \[1, 2\] vs \[1, 3\]/,
    );
    expect(() => metrics.counter({ name: 'jobs_run', help: 'x' })).toThrow(
      /jobs_run_total is already used/,
    );
  });

  it('rejects invalid definitions naming the field', () => {
    const { metrics } = standaloneMetrics();
    expect(() => metrics.counter({ name: '1bad', help: 'x' })).toThrow(/name: got "1bad"/);
    expect(() => metrics.counter({ name: 'ok', help: '' })).toThrow(/help: got ""/);
    expect(() => metrics.counter({ name: 'ok', help: 'x', labelNames: ['a-b'] })).toThrow(
      /labelNames\[0\]: got "a-b"/,
    );
    expect(() => metrics.histogram({ name: 'ok', help: 'x', labelNames: ['le'] })).toThrow(
      /reserved/,
    );
    expect(() => metrics.histogram({ name: 'ok', help: 'x', buckets: [2, 1] })).toThrow(
      /buckets: got \[2,1\]/,
    );
  });

  it('caps series per metric: overflow series, overflow counter, one warning', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const { metrics, scrape } = standaloneMetrics({ maxSeriesPerMetric: 3 });
    const hits = metrics.counter({ name: 'hits', help: 'Hits', labelNames: ['user'] });
    for (let i = 0; i < 10; i++) hits.add(1, { user: `u${i}` });
    hits.add(1, { user: 'u0' });

    const m = await scrape();
    const series = m.samples.filter((s) => s.name === 'hits_total');
    expect(series).toHaveLength(4);
    expect(sampleValue(m, 'hits_total', { user: 'u0' })).toBe(2);
    expect(sampleValue(m, 'hits_total', { otel_metric_overflow: 'true' })).toBe(7);
    expect(
      sampleValue(m, 'nestjs_telemetry_metric_series_overflow_total', { metric: 'hits_total' }),
    ).toBe(7);
    const overflowWarnings = warn.mock.calls.filter(([msg]) =>
      String(msg).includes('hits_total reached its series cap'),
    );
    expect(overflowWarnings).toHaveLength(1);
  });

  it('never throws on bad values or labels; counts them instead', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { metrics, diagnostics, scrape } = standaloneMetrics();
    const c = metrics.counter({ name: 'c', help: 'C', labelNames: ['a'] });
    c.add(-1);
    c.add(NaN);
    c.add(1, { a: 'x', b: 'ignored' });
    metrics.gauge({
      name: 'g',
      help: 'G',
      collect: () => {
        throw new Error('probe down');
      },
    });
    // What plain JavaScript (or an `any`) can still hand over:
    const odd = <T>(value: unknown) => value as T;
    c.add(odd<number>(1n));
    c.add(odd<number>(Symbol('n')));
    c.add(1, odd({ a: Symbol('label') }));
    c.add(1, {
      get a(): string {
        throw new Error('getter');
      },
    });
    c.add(1, { a: odd<string>({ toString: () => ({}) }) });
    const h = metrics.histogram({ name: 'h', help: 'H', labelNames: ['a'] });
    h.record(1, odd({ a: Symbol('label') }));
    const m = await scrape();
    expect(sampleValue(m, 'c_total', { a: 'x' })).toBe(1);
    expect(m.samples.find((s) => s.name === 'c_total')?.labels).toEqual({ a: 'x' });
    expect(diagnostics.snapshot()).toMatchObject({
      metric_invalid_value: 4,
      metric_invalid_labels: 4,
      metric_unknown_label: 1,
      metric_collect_failed: 1,
    });
  });

  it('treats a missing, undefined or empty label as one series', async () => {
    const { metrics, scrape } = standaloneMetrics();
    const c = metrics.counter({ name: 'calls', help: 'Calls', labelNames: ['tenant'] });
    c.add(1);
    c.add(1, {});
    c.add(1, { tenant: undefined });
    c.add(1, { tenant: '' });
    const m = await scrape();
    expect(m.samples.filter((s) => s.name === 'calls_total')).toEqual([
      { name: 'calls_total', labels: {}, value: 4 },
    ]);
  });

  it('keeps registries apart: two registries never share series', async () => {
    const a = standaloneMetrics();
    const b = standaloneMetrics();
    a.metrics.counter({ name: 'shared', help: 'x' }).add(5);
    b.metrics.counter({ name: 'shared', help: 'x' }).add(1);
    expect(sampleValue(await a.scrape(), 'shared_total')).toBe(5);
    expect(sampleValue(await b.scrape(), 'shared_total')).toBe(1);
  });
});
