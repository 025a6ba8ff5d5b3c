/**
 * SLOT for issue 4: render our `/metrics` exposition with `series` series defined through our
 * registry (same shape as bareRegistryWithSeries: 100 routes x 20 tenants x 5 statuses), e.g. by
 * GET on the metrics controller of a real app or by the registry's render function. Pending while
 * the registry is not on main.
 */
export async function ourMetricsRender(
  _series: number,
): Promise<{ name: string; render: () => Promise<string> } | { name: string; pending: string }> {
  return { name: 'our /metrics', pending: 'issue 4 (metrics registry) not on main yet' };
}
