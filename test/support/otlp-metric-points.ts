import { attributes } from './otlp-decode';

/** One decoded OTLP metric with its kind, flattened for assertions. */
export interface DecodedMetric {
  name: string;
  unit: string;
  description: string;
  kind: 'sum' | 'gauge' | 'histogram';
  isMonotonic?: boolean;
  temporality?: number;
  points: {
    attributes: Record<string, unknown>;
    value?: number;
    count?: number;
    sum?: number;
    bounds?: number[];
    counts?: number[];
  }[];
  resource: Record<string, unknown>;
  scope: string;
}

/** Every metric of every decoded ExportMetricsServiceRequest, in arrival order. */
export function flattenMetrics(requests: any[]): DecodedMetric[] {
  const out: DecodedMetric[] = [];
  for (const req of requests)
    for (const rm of req.resourceMetrics)
      for (const sm of rm.scopeMetrics)
        for (const m of sm.metrics) {
          const kind = m.data as DecodedMetric['kind'];
          const body = m[kind];
          out.push({
            name: m.name,
            unit: m.unit,
            description: m.description,
            kind,
            isMonotonic: body.isMonotonic,
            temporality: body.aggregationTemporality,
            resource: attributes(rm.resource.attributes),
            scope: sm.scope.name,
            points: body.dataPoints.map((p: any) => ({
              attributes: attributes(p.attributes),
              value:
                p.asDouble ??
                (p.asInt !== undefined && p.asInt !== null ? Number(p.asInt) : undefined),
              count: p.count !== undefined ? Number(p.count) : undefined,
              sum: p.sum,
              bounds: p.explicitBounds,
              counts: p.bucketCounts?.map(Number),
            })),
          });
        }
  return out;
}

/** The last exported version of metric `name`. */
export function lastMetric(requests: any[], name: string): DecodedMetric | undefined {
  return flattenMetrics(requests)
    .filter((m) => m.name === name)
    .at(-1);
}
