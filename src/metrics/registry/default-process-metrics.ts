import { collectDefaultMetrics, type Metric, Registry } from 'prom-client';

/**
 * prom-client's gauges that end in `_total`, which `promtool check metrics` rejects (a `_total`
 * suffix is for counters). Their per-type siblings (`nodejs_active_handles{type}`) carry the same data.
 */
const NOT_LINT_CLEAN = [
  'nodejs_active_handles_total',
  'nodejs_active_requests_total',
  'nodejs_active_resources_total',
];

/**
 * The process's one set of prom-client default metrics. `collectDefaultMetrics` starts a GC
 * observer and an event-loop-delay monitor that prom-client gives no way to stop, each holding
 * the registry it filled: one set per module start (an app built per test, a restart in one
 * process) kept ~35 KB per app reachable for good. They describe the process, not one module.
 * Kept on `globalThis` under a `Symbol.for` key like the preloaded SDK.
 */
const SLOT = Symbol.for('nestjs-telemetry.process-metrics');

type GlobalWithSlot = typeof globalThis & { [SLOT]?: Registry };

function processMetricsRegistry(): Registry {
  const g = globalThis as GlobalWithSlot;
  let registry = g[SLOT];
  if (registry === undefined) {
    registry = new Registry();
    collectDefaultMetrics({ register: registry });
    for (const name of NOT_LINT_CLEAN) registry.removeSingleMetric(name);
    g[SLOT] = registry;
  }
  return registry;
}

/**
 * A module's own view of one shared process metric: it reads the metric and hands out copies of
 * its samples, so what a registry does to them (prom-client's `getMetricsAsJSON` writes the
 * registry's default labels into each sample) stays in that registry, and `resetMetrics()` on a
 * module's registry leaves the process's figures alone.
 */
function viewOf(metric: Metric): Metric {
  const { name, help, type, aggregator } = metric as unknown as Record<string, string>;
  return {
    name,
    help,
    type,
    aggregator,
    get: async () => {
      const family = await metric.get();
      return {
        ...family,
        values: family.values.map((value) => ({ ...value, labels: { ...value.labels } })),
      };
    },
    reset: () => undefined,
  } as unknown as Metric;
}

/**
 * Registers prom-client's process and Node.js metrics in `registry`, minus the lint failures:
 * views of the process's one set, which every module in the process shows alike.
 */
export function registerDefaultProcessMetrics(registry: Registry): void {
  const shared = processMetricsRegistry();
  for (const { name } of shared.getMetricsAsArray()) {
    const metric = shared.getSingleMetric(name);
    if (metric) registry.registerMetric(viewOf(metric));
  }
}
