/* eslint-disable prefer-rest-params -- the methods report the `arguments` they received */
import 'reflect-metadata';
import { Injectable } from '@nestjs/common';
import { Instrument, TelemetryService } from '../../src';
import { createTelemetryTestApp, type TelemetryTestApp } from '../support/telemetry-test-app';

/** What a method saw: its `this`, how many arguments, and their values. */
interface Seen {
  self: unknown;
  count: number;
  args: unknown[];
}

const seen = (self: unknown, args: IArguments): Seen => ({
  self,
  count: args.length,
  args: Array.from(args),
});

/** One method per declared arity the wrapper has its own form for (0-4), one past it, and the
 * shapes whose `length` is not their argument count: defaults and rest parameters. */
@Injectable()
class Calls {
  @Instrument() zero(): Seen {
    return seen(this, arguments);
  }
  @Instrument() one(_a: unknown): Seen {
    return seen(this, arguments);
  }
  @Instrument() two(_a: unknown, _b: unknown): Seen {
    return seen(this, arguments);
  }
  @Instrument() three(_a: unknown, _b: unknown, _c: unknown): Seen {
    return seen(this, arguments);
  }
  @Instrument() four(_a: unknown, _b: unknown, _c: unknown, _d: unknown): Seen {
    return seen(this, arguments);
  }
  @Instrument() five(_a: unknown, _b: unknown, _c: unknown, _d: unknown, _e: unknown): Seen {
    return seen(this, arguments);
  }
  @Instrument() withDefault(a: unknown, b: unknown = 'default'): Seen {
    return { ...seen(this, arguments), args: [a, b] };
  }
  @Instrument() withRest(a: unknown, ...rest: unknown[]): Seen {
    return { ...seen(this, arguments), args: [a, rest] };
  }
  @Instrument() async later(_a: unknown, _b: unknown): Promise<Seen> {
    return seen(this, arguments);
  }
}

type Method = (this: Calls, ...args: unknown[]) => Seen | Promise<Seen>;

/** Each method with fewer, exactly as many, and more arguments than it declares. */
const CASES: Array<[keyof Calls, unknown[], unknown[]]> = [
  ['zero', [], []],
  ['zero', [1, 2], [1, 2]],
  ['one', [], []],
  ['one', [1], [1]],
  ['one', [1, 2, 3], [1, 2, 3]],
  ['two', [1], [1]],
  ['two', [1, 2], [1, 2]],
  ['two', [1, 2, 3], [1, 2, 3]],
  ['three', [1, 2, 3], [1, 2, 3]],
  ['three', [1, 2, 3, 4, 5], [1, 2, 3, 4, 5]],
  ['four', [1, 2, 3, 4], [1, 2, 3, 4]],
  ['four', [1, 2], [1, 2]],
  ['five', [1, 2, 3, 4, 5], [1, 2, 3, 4, 5]],
  ['five', [1, 2, 3, 4, 5, 6, 7], [1, 2, 3, 4, 5, 6, 7]],
  ['withDefault', ['a'], ['a', 'default']],
  ['withDefault', ['a', undefined], ['a', 'default']],
  ['withDefault', ['a', 'b'], ['a', 'b']],
  ['withRest', ['a'], ['a', []]],
  ['withRest', ['a', 'b', 'c'], ['a', ['b', 'c']]],
  ['later', [1, 2], [1, 2]],
  ['later', [1, 2, 3], [1, 2, 3]],
];

/** Calls every case on `calls` and checks what each method saw. */
async function expectExactForwarding(calls: Calls): Promise<void> {
  for (const [name, passed, received] of CASES) {
    const result = await (calls[name] as Method).apply(calls, passed);
    expect({ name, passed, ...result }).toEqual({
      name,
      passed,
      self: calls,
      count: passed.length,
      args: received,
    });
  }
}

describe('@Instrument forwards exactly the arguments it was called with', () => {
  let t: TelemetryTestApp | undefined;

  afterEach(async () => {
    await t?.app.close();
    t = undefined;
  });

  it('keeps each method its declared length', () => {
    const lengths = CASES.map(([name]) => [name, Calls.prototype[name].length]);
    expect(Object.fromEntries(lengths)).toEqual({
      zero: 0,
      one: 1,
      two: 2,
      three: 3,
      four: 4,
      five: 5,
      withDefault: 1,
      withRest: 1,
      later: 2,
    });
  });

  it('with no TelemetryModule running', async () => {
    await expectExactForwarding(new Calls());
  });

  it('when the call is traced (one span per call)', async () => {
    t = await createTelemetryTestApp({ providers: [Calls] });
    await expectExactForwarding(t.app.get(Calls));
    expect(t.spans.spans()).toHaveLength(CASES.length);
  });

  it('inside a sampled-out trace', async () => {
    t = await createTelemetryTestApp({
      providers: [Calls],
      options: { traces: { samplingRatio: 0 } },
    });
    const telemetry = t.app.get(TelemetryService);
    await telemetry.span('root', () => expectExactForwarding(t!.app.get(Calls)));
    expect(t.spans.spans()).toEqual([]);
  });
});
