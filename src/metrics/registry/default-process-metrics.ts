import { collectDefaultMetrics, type Registry } from 'prom-client';

/**
 * prom-client's gauges that end in `_total`, which `promtool check metrics` rejects (a `_total`
 * suffix is for counters). Their per-type siblings (`nodejs_active_handles{type}`) carry the same data.
 */
const NOT_LINT_CLEAN = [
  'nodejs_active_handles_total',
  'nodejs_active_requests_total',
  'nodejs_active_resources_total',
];

/** Registers prom-client's process and Node.js metrics in `registry`, minus the lint failures. */
export function registerDefaultProcessMetrics(registry: Registry): void {
  collectDefaultMetrics({ register: registry });
  for (const name of NOT_LINT_CLEAN) registry.removeSingleMetric(name);
}
