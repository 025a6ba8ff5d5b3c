import 'reflect-metadata';
import { Controller, Get, type INestApplication } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { Test } from '@nestjs/testing';
import { lastValueFrom, Observable, of, throwError, toArray } from 'rxjs';
import { TelemetryModule, TrackEvent } from '../../src';
import type { TelemetrySdk } from '../../src/sdk/telemetry-sdk';
import { TELEMETRY_SDK } from '../../src/telemetry.constants';
import { MemoryEventExporter } from '../support/memory-event-exporter';

const KEY = Symbol('symbolMethod');

@Controller('tracked')
class Tracked {
  factor = 2;

  @TrackEvent('sync_ok', {
    attributes: (n: number) => ({ n }),
    resultAttributes: (r: number) => ({ r }),
  })
  double(n: number): number {
    return n * this.factor;
  }

  @TrackEvent('sync_fail', { includeStack: true })
  explode(_a: string, _b: string): never {
    throw new SyntaxError('sync boom');
  }

  @TrackEvent('async_op', { errorEvent: 'provider_error', errorSeverity: 'fatal' })
  async later(fail: boolean): Promise<string> {
    await new Promise((r) => setTimeout(r, 5));
    if (fail) throw new Error('async boom');
    return 'done';
  }

  @TrackEvent('thenable')
  thenable(counter: { calls: number }) {
    return {
      then: () => {
        counter.calls += 1;
      },
    };
  }

  @TrackEvent('stream', { resultAttributes: (last: number) => ({ last }) })
  stream(fail: boolean): Observable<number> {
    return fail ? throwError(() => new Error('stream boom')) : of(1, 2, 3);
  }

  @TrackEvent('generator')
  async *generate(fail: boolean): AsyncGenerator<number> {
    yield 1;
    if (fail) throw new Error('gen boom');
    yield 2;
  }

  @TrackEvent('sampled_out', { sampleRate: 0 })
  sampledOut(fail: boolean): string {
    if (fail) throw new Error('still reported');
    return 'ok';
  }

  @TrackEvent('bad_extractor', {
    attributes: () => {
      throw new Error('extractor bug');
    },
  })
  withBadExtractor(): number {
    return 7;
  }

  @TrackEvent('io', { recordInputs: true, recordOutputs: true })
  echo(input: { password: string; text: string }) {
    return { reply: input.text };
  }

  @TrackEvent('route_above')
  @Get('above')
  above(_x: number, _y: number): string {
    return 'above';
  }

  @Get('below')
  @TrackEvent('route_below')
  below(): string {
    return 'below';
  }

  @TrackEvent('symbol_keyed')
  [KEY](): string {
    return 'sym';
  }
}

describe('@TrackEvent', () => {
  let app: INestApplication;
  let memory: MemoryEventExporter;
  let sdk: TelemetrySdk;
  let tracked: Tracked;

  beforeEach(async () => {
    memory = new MemoryEventExporter();
    const moduleRef = await Test.createTestingModule({
      imports: [
        TelemetryModule.forRoot({
          traces: { exporter: 'none' },
          metrics: { otlpEnabled: false },
          logging: { enabled: false },
          events: { exporters: [memory] },
        }),
      ],
      controllers: [Tracked],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    sdk = app.get(TELEMETRY_SDK);
    tracked = app.get(Tracked);
  });
  afterEach(() => app.close());

  const flushed = async () => {
    await sdk.forceFlush();
    return memory.events;
  };

  it('keeps sync methods sync and emits on success with argument and result attributes', async () => {
    const result = tracked.double(21);
    expect(result).toBe(42);
    const [event] = await flushed();
    expect(event).toMatchObject({ name: 'sync_ok', severity: 'info' });
    expect(event.attributes).toMatchObject({ n: 21, r: 42, outcome: 'success' });
  });

  it('rethrows the same error and emits the error event without the stack unless asked', async () => {
    let thrown: unknown;
    try {
      tracked.explode('a', 'b');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SyntaxError);
    await expect(tracked.later(true)).rejects.toThrow('async boom');
    await expect(tracked.later(false)).resolves.toBe('done');
    const events = await flushed();
    const sync = events.find((e) => e.name === 'sync_fail_failed')!;
    expect(sync.severity).toBe('error');
    expect(sync.attributes).toMatchObject({
      'error.type': 'SyntaxError',
      'error.message': 'sync boom',
    });
    expect(String(sync.attributes['error.stack'])).toContain('sync boom');
    const provider = events.find((e) => e.name === 'provider_error')!;
    expect(provider).toMatchObject({ severity: 'fatal' });
    expect(provider.attributes).toMatchObject({
      'error.message': 'async boom',
      operation: 'async_op',
    });
    expect(provider.attributes['error.stack']).toBeUndefined();
    expect(events.filter((e) => e.name === 'async_op')).toHaveLength(1);
  });

  it('never calls then on a non-Promise thenable', async () => {
    const counter = { calls: 0 };
    const result = tracked.thenable(counter);
    expect(typeof result.then).toBe('function');
    expect(counter.calls).toBe(0);
    expect((await flushed()).map((e) => e.name)).toEqual(['thenable']);
    expect(counter.calls).toBe(0);
  });

  it('reports Observables when they complete or error, not when returned', async () => {
    const stream = tracked.stream(false);
    expect(await flushed()).toHaveLength(0);
    expect(await lastValueFrom(stream.pipe(toArray()))).toEqual([1, 2, 3]);
    await expect(lastValueFrom(tracked.stream(true))).rejects.toThrow('stream boom');
    const events = await flushed();
    expect(events.find((e) => e.name === 'stream')!.attributes).toMatchObject({ last: 3 });
    expect(events.find((e) => e.name === 'stream_failed')!.attributes).toMatchObject({
      'error.message': 'stream boom',
    });
  });

  it('reports async generators when they finish or throw, passing values through', async () => {
    const values: number[] = [];
    for await (const v of tracked.generate(false)) values.push(v);
    expect(values).toEqual([1, 2]);
    const failing: number[] = [];
    await expect(
      (async () => {
        for await (const v of tracked.generate(true)) failing.push(v);
      })(),
    ).rejects.toThrow('gen boom');
    expect(failing).toEqual([1]);
    expect((await flushed()).map((e) => e.name).sort()).toEqual(['generator', 'generator_failed']);
  });

  it('samples success events per event, and always reports errors', async () => {
    for (let i = 0; i < 20; i++) tracked.sampledOut(false);
    expect(() => tracked.sampledOut(true)).toThrow('still reported');
    expect((await flushed()).map((e) => e.name)).toEqual(['sampled_out_failed']);
  });

  it('emits without the attributes of an extractor that throws, and counts it', async () => {
    expect(tracked.withBadExtractor()).toBe(7);
    const [event] = await flushed();
    expect(event.name).toBe('bad_extractor');
    expect(sdk.diagnostics.snapshot().event_extractor_failed).toBe(1);
  });

  it('records inputs and outputs only when asked, redacted', async () => {
    tracked.echo({ password: 'hunter2', text: 'hi' });
    const [event] = await flushed();
    expect(event.attributes.input).toEqual([{ password: '[REDACTED]', text: 'hi' }]);
    expect(event.attributes.output).toEqual({ reply: 'hi' });
    tracked.double(1);
    const double = (await flushed()).find((e) => e.name === 'sync_ok')!;
    expect(double.attributes.input).toBeUndefined();
  });

  it('keeps route metadata above or below @Get, the name, the length and symbol keys', async () => {
    const proto = Tracked.prototype as any;
    expect(Reflect.getMetadata(PATH_METADATA, proto.above)).toBe('above');
    expect(Reflect.getMetadata(PATH_METADATA, proto.below)).toBe('below');
    expect(proto.above.name).toBe('above');
    expect(proto.above.length).toBe(2);
    expect(proto.explode.length).toBe(2);
    expect(tracked[KEY]()).toBe('sym');
    expect((await flushed()).map((e) => e.name)).toEqual(['symbol_keyed']);
  });

  it('passes calls through when no module runs', async () => {
    await app.close();
    expect(tracked.double(2)).toBe(4);
    await expect(tracked.later(true)).rejects.toThrow('async boom');
    expect(memory.events).toHaveLength(0);
    app = await Test.createTestingModule({})
      .compile()
      .then((m) => m.createNestApplication({ logger: false }));
  });

  it('rejects bad options when the class is defined', () => {
    expect(() => TrackEvent('', {})).toThrow(/non-empty event name/);
    expect(() => TrackEvent('x', { sampleRate: 2 })).toThrow(/sampleRate: got 2/);
    expect(() => TrackEvent('x', { severity: 'loud' as any })).toThrow(/severity: got "loud"/);
  });
});
