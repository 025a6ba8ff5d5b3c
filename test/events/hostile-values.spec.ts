import { resolveTelemetryConfig, type EventsOptions } from '../../src';
import { EventsService } from '../../src/events/events.service';
import { createEventPipeline } from '../../src/events/pipeline/create-event-pipeline';
import { TelemetrySdk } from '../../src/sdk/telemetry-sdk';
import { MemoryEventExporter } from '../support/memory-event-exporter';

async function exportOne(attributes: any, events: EventsOptions = {}) {
  const memory = new MemoryEventExporter();
  const config = resolveTelemetryConfig({
    traces: { exporter: 'none' },
    events: { ...events, exporters: [memory] },
  });
  const sdk = new TelemetrySdk(config);
  const pipeline = createEventPipeline(sdk, config)!;
  expect(() => pipeline.emit('hostile', attributes)).not.toThrow();
  await pipeline.shutdown();
  expect(memory.events).toHaveLength(1);
  const [event] = memory.events;
  expect(() => JSON.stringify(event)).not.toThrow();
  return { attributes: event.attributes, sdk };
}

describe('emit with hostile values', () => {
  it('makes cycles, BigInt, symbols, functions, throwing getters and odd objects safe', async () => {
    const cyclic: any = { name: 'loop' };
    cyclic.self = cyclic;
    const getterBomb = {
      ok: 1,
      get boom(): never {
        throw new Error('getter');
      },
    };
    const shared = { v: 1 };
    const { attributes } = await exportOne({
      cyclic,
      big: 12345678901234567890n,
      sym: Symbol('s'),
      fn: function handler() {},
      getterBomb,
      badJson: {
        toJSON() {
          throw new Error('nope');
        },
      },
      date: new Date(0),
      invalidDate: new Date('x'),
      nan: NaN,
      error: new TypeError('bad input'),
      map: new Map([['k', 1]]),
      set: new Set([1, 2]),
      buffer: Buffer.from('abc'),
      nullProto: Object.assign(Object.create(null), { a: 1 }),
      twice: [shared, shared],
      undef: undefined,
    });
    expect(attributes).toEqual({
      cyclic: { name: 'loop', self: '[Circular]' },
      big: '12345678901234567890',
      sym: 'Symbol(s)',
      fn: '[Function handler]',
      getterBomb: { ok: 1, boom: '[Unreadable]' },
      badJson: '[Unserialisable]',
      date: '1970-01-01T00:00:00.000Z',
      invalidDate: 'Invalid Date',
      nan: 'NaN',
      error: { type: 'TypeError', message: 'bad input' },
      map: { k: 1 },
      set: [1, 2],
      buffer: '[Binary 3 bytes]',
      nullProto: { a: 1 },
      twice: [{ v: 1 }, { v: 1 }],
    });
  });

  it('survives a Proxy whose traps throw and attributes that are not objects', async () => {
    const trap = () => {
      throw new Error('trap');
    };
    const proxy = new Proxy({}, { ownKeys: trap, get: trap, getOwnPropertyDescriptor: trap });
    expect((await exportOne({ p: proxy })).attributes).toEqual({ p: '[Unserialisable]' });
    expect((await exportOne(proxy)).attributes).toEqual({ value: '[Unserialisable]' });
    expect((await exportOne('just text')).attributes).toEqual({ value: 'just text' });
  });

  it('cuts deep nesting and truncates long strings', async () => {
    let deep: any = { leaf: true };
    for (let i = 0; i < 20; i++) deep = { deep };
    const { attributes } = await exportOne(
      { deep, long: 'x'.repeat(100) },
      { maxStringLength: 20 },
    );
    expect(attributes.long).toBe('x'.repeat(19) + '…');
    expect(JSON.stringify(attributes.deep)).toContain('[Too deep]');
  });

  it('redacts default and configured keys at any depth, and configured value patterns', async () => {
    const { attributes } = await exportOne(
      {
        password: 'p',
        user: { api_key: 'k', Authorization: 'Bearer x', name: 'ann', ssn: '123' },
        tokens: 42,
        note: 'card 4111-1111-1111-1111 used',
      },
      {
        redact: {
          keys: ['password', 'apiKey', 'authorization', /^ss/],
          patterns: [/\d{4}(-\d{4}){3}/],
        },
      },
    );
    expect(attributes).toEqual({
      password: '[REDACTED]',
      user: { api_key: '[REDACTED]', Authorization: '[REDACTED]', name: 'ann', ssn: '[REDACTED]' },
      tokens: 42,
      note: 'card [REDACTED] used',
    });
  });

  it('keeps a copy: changes to the attributes object after emit do not leak into the event', async () => {
    const memory = new MemoryEventExporter();
    const config = resolveTelemetryConfig({
      traces: { exporter: 'none' },
      events: { exporters: [memory] },
    });
    const pipeline = createEventPipeline(new TelemetrySdk(config), config)!;
    const attributes: Record<string, unknown> = { step: 1 };
    pipeline.emit('copied', attributes);
    attributes.step = 2;
    await pipeline.shutdown();
    expect(memory.events[0].attributes).toEqual({ step: 1 });
  });

  it('emitEvent and the predefined events never throw on input they cannot read; counted', async () => {
    const memory = new MemoryEventExporter();
    const config = resolveTelemetryConfig({
      traces: { exporter: 'none' },
      events: { exporters: [memory] },
    });
    const sdk = new TelemetrySdk(config);
    const pipeline = createEventPipeline(sdk, config)!;
    const events = new EventsService(pipeline, sdk.diagnostics);
    const unreadable = {
      get sessionId(): string {
        throw new Error('getter');
      },
    };
    expect(() => {
      events.emitEvent(null as never);
      events.messageProcessed(null as never);
      events.sessionCreated(unreadable as never);
    }).not.toThrow();
    events.sessionCreated({ sessionId: 's1', channel: 'slack' });
    await pipeline.shutdown();
    expect(memory.events.map((e) => e.name)).toEqual(['session_created']);
    expect(sdk.diagnostics.snapshot()).toMatchObject({ event_emit_failed: 3 });
  });
});
