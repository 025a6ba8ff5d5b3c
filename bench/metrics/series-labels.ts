/** 10,000 label sets: 100 routes x 20 tenants x 5 status codes. */
export function forEachSeriesLabels(record: (labels: Record<string, string>) => void): void {
  for (let r = 0; r < 100; r++)
    for (let t = 0; t < 20; t++)
      for (const s of ['200', '201', '400', '404', '500'])
        record({ route: `/api/v1/resource${r}/:id`, tenant: `tenant-${t}`, status_code: s });
}
