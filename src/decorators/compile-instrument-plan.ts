import { buildSpanPlan } from '../tracing/build-span-plan';
import { Empty } from '../tracing/empty-field';
import type { SpanPlan, StartField } from '../tracing/span-plan';
import type { InstrumentOptions } from './instrument-options';

/** Turns `@Instrument` options into the span plan of one method; a bad field source throws now. */
export function compileInstrumentPlan(name: string, options: InstrumentOptions): SpanPlan {
  const startFields: Omit<StartField, 'attribute'>[] = [];
  const emptyFields: string[] = [];
  for (const [key, source] of Object.entries(options.fields ?? {})) {
    if (source === Empty) emptyFields.push(key);
    else if (typeof source === 'function')
      startFields.push({ key, extract: source, fromThis: false });
    else if (typeof source === 'object' && source !== null && typeof source.fromThis === 'function')
      startFields.push({ key, extract: source.fromThis, fromThis: true });
    else throw new TypeError(badField(name, `fields.${key}`, source));
  }
  const resultFields = Object.entries(options.result ?? {}).map(([key, extract]) => {
    if (typeof extract !== 'function')
      throw new TypeError(badField(name, `result.${key}`, extract));
    return { key, extract };
  });
  return buildSpanPlan({
    name,
    kind: options.kind,
    attributes: options.attributes,
    startFields,
    resultFields,
    emptyFields,
    expectedErrors: options.expectedErrors,
    genAi: options.genAi,
  });
}

function badField(span: string, path: string, value: unknown): string {
  return (
    `@Instrument("${span}"): ${path} is ${typeof value}; expected a function of the arguments, ` +
    '{ fromThis: (self) => value } or Empty'
  );
}
