/**
 * SLOT for issue 4: one counter add and one histogram record through our metrics registry, with
 * the same labels and buckets as subjects/prom-client.subject.ts. Pending while the registry is
 * not on main. When it lands: define both instruments through the registry of a real module
 * (TelemetryModule.forRoot in an application context) and return `() => { counter.add(...);
 * histogram.record(...); }`.
 */
export function ourRedRecorder(): (() => void) | { pending: string } {
  return { pending: 'issue 4 (metrics registry) not on main yet' };
}
