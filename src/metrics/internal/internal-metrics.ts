import type { ExporterStatusRegistry } from '../../diagnostics/exporter-status.registry';
import type { ExporterStatusSnapshot } from '../../diagnostics/exporter-status';
import type { TelemetryDiagnostics } from '../../diagnostics/telemetry-diagnostics';
import type { ObserveFn } from '../registry/metric-definition';
import type { TelemetryMetrics } from '../telemetry-metrics';

type Reader = (s: ExporterStatusSnapshot, observe: ObserveFn) => void;

/** Exporter-status metrics, each read from ExporterStatusRegistry at collection time. */
const EXPORTER_METRICS: {
  kind: 'counter' | 'gauge';
  name: string;
  help: string;
  unit?: string;
  labels?: string[];
  read: Reader;
}[] = [
  {
    kind: 'counter',
    name: 'nestjs_telemetry.exporter.exported',
    help: 'Items (spans, data points, events) an exporter delivered.',
    read: (s, observe) => observe(s.exported, { exporter: s.name }),
  },
  {
    kind: 'counter',
    name: 'nestjs_telemetry.exporter.failed',
    help: 'Items an exporter failed to deliver.',
    read: (s, observe) => observe(s.failed, { exporter: s.name }),
  },
  {
    kind: 'counter',
    name: 'nestjs_telemetry.exporter.dropped',
    help: 'Items dropped before delivery, by reason (queue_full, export_failed, shutdown).',
    labels: ['reason'],
    read: (s, observe) => {
      for (const [reason, n] of Object.entries(s.dropped)) observe(n, { exporter: s.name, reason });
    },
  },
  {
    kind: 'gauge',
    name: 'nestjs_telemetry.exporter.consecutive_failures',
    help: 'Failed exports since the last successful one.',
    read: (s, observe) => observe(s.consecutiveFailures, { exporter: s.name }),
  },
  {
    kind: 'gauge',
    name: 'nestjs_telemetry.exporter.last_success_timestamp',
    help: 'Unix time of the last successful export.',
    unit: 's',
    read: (s, observe) => {
      if (s.lastSuccessAt !== null) observe(s.lastSuccessAt / 1000, { exporter: s.name });
    },
  },
  {
    kind: 'gauge',
    name: 'nestjs_telemetry.exporter.queue.size',
    help: 'Items waiting in the exporter queue.',
    read: (s, observe) => {
      if (s.queue) observe(s.queue.size, { exporter: s.name });
    },
  },
];

/**
 * This library's own health as metrics: failure counts by reason from TelemetryDiagnostics, and
 * each exporter's delivered/failed/dropped items, consecutive failures and queue fill.
 */
export function defineInternalMetrics(
  metrics: TelemetryMetrics,
  diagnostics: TelemetryDiagnostics,
  statuses: ExporterStatusRegistry,
): void {
  metrics.defineStandard('counter', {
    name: 'nestjs_telemetry.internal.errors',
    help: 'Telemetry failures kept away from the app, by reason.',
    labelNames: ['reason'],
    collect: (observe) => {
      for (const [reason, n] of Object.entries(diagnostics.snapshot())) observe(n, { reason });
    },
  });
  for (const m of EXPORTER_METRICS) {
    metrics.defineStandard(m.kind, {
      name: m.name,
      help: m.help,
      unit: m.unit,
      labelNames: ['exporter', ...(m.labels ?? [])],
      collect: (observe: ObserveFn) => {
        for (const s of statuses.snapshots()) m.read(s, observe);
      },
    });
  }
}
