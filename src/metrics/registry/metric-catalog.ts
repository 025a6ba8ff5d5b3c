import { Registry } from 'prom-client';
import { promClientView } from '../prometheus/prom-client-view';
import { Counter } from './counter';
import { Gauge } from './gauge';
import { Histogram } from './histogram';
import {
  DEFAULT_HISTOGRAM_BUCKETS,
  type HistogramDefinition,
  type MetricDefinitionBase,
  type MetricKind,
} from './metric-definition';
import { MetricDefinitionError } from './metric-definition.error';
import type { MetricStoreContext } from './metric-store-context';
import { assertSameDefinition } from './same-definition';
import { UpDownCounter } from './up-down-counter';
import { validateDefinition } from './validate-definition';

/** Any instrument of the catalog. */
export type AnyInstrument = Counter | Histogram | Gauge | UpDownCounter;

const CLASSES = {
  counter: Counter,
  histogram: Histogram,
  gauge: Gauge,
  upDownCounter: UpDownCounter,
};

/**
 * The metrics of one app: each defined once, stored once, registered in the app's own prom-client
 * Registry for `/metrics` and listed for the OTLP producer.
 */
export class MetricCatalog {
  readonly registry = new Registry();
  private readonly byName = new Map<string, AnyInstrument>();
  private readonly byPromName = new Map<string, AnyInstrument>();

  constructor(private readonly context: MetricStoreContext) {}

  /** Every instrument, in definition order. */
  instruments(): AnyInstrument[] {
    return [...this.byName.values()];
  }

  /** Defines `def` under `name`, or returns the existing instrument of an identical definition. */
  define<T extends AnyInstrument>(kind: MetricKind, name: string, def: MetricDefinitionBase): T {
    validateDefinition(kind, { ...def, name });
    const resolved =
      kind === 'histogram'
        ? {
            ...def,
            buckets: [...((def as HistogramDefinition).buckets ?? DEFAULT_HISTOGRAM_BUCKETS)],
          }
        : { ...def };
    const existing = this.byName.get(name);
    if (existing) {
      assertSameDefinition(existing as never, {
        kind,
        unit: def.unit ?? '',
        labelNames: def.labelNames ?? [],
        buckets: (resolved as HistogramDefinition).buckets,
      });
      return existing as T;
    }
    const instrument = new CLASSES[kind](kind, resolved, this.context, name) as AnyInstrument;
    const clash =
      this.byPromName.get(instrument.promName) ??
      this.registry.getSingleMetric(instrument.promName);
    if (clash) {
      throw new MetricDefinitionError(
        name,
        `its Prometheus name ${instrument.promName} is already used by ${'kind' in clash ? `metric "${clash.name}"` : 'another metric'}`,
      );
    }
    this.registry.registerMetric(promClientView(instrument) as never);
    this.byName.set(name, instrument);
    this.byPromName.set(instrument.promName, instrument);
    return instrument as T;
  }
}
