import { ConsoleEventExporter, type TelemetryEvent } from '../../src';

describe('ConsoleEventExporter', () => {
  it('writes one readable line per event with time, severity, name, attributes and trace', async () => {
    const written: string[] = [];
    const exporter = new ConsoleEventExporter({ write: (text: string) => written.push(text) });
    const base = { resource: {}, source: {} as TelemetryEvent['source'], timestamp: 0 };
    await exporter.export([
      { ...base, name: 'a', severity: 'info', attributes: { n: 1 } },
      {
        ...base,
        name: 'b',
        severity: 'error',
        attributes: {},
        traceId: 't'.repeat(32),
        spanId: 's'.repeat(16),
      },
    ]);
    expect(written.join('').split('\n')).toEqual([
      '1970-01-01T00:00:00.000Z INFO  a {"n":1}',
      `1970-01-01T00:00:00.000Z ERROR b {} trace=${'t'.repeat(32)}/${'s'.repeat(16)}`,
      '',
    ]);
  });
});
