import 'reflect-metadata';
import { Body, Controller, Injectable, Post } from '@nestjs/common';
import request from 'supertest';
import { Empty, Instrument, TelemetryDiagnostics, TelemetryService, TrackEvent } from '../../src';
import { createTelemetryTestApp, type TelemetryTestApp } from '../support/telemetry-test-app';

interface NormalizedMessage {
  sessionKey: string;
  channelId: string;
  text: string;
  secret: string;
}

interface FinalResponse {
  reply: string;
  tokens: number;
}

@Injectable()
class Pipeline {
  readonly name = 'pipeline-a';

  constructor(private readonly telemetry: TelemetryService) {}

  @Instrument<Pipeline['process'], Pipeline>('pipeline.process', {
    attributes: { 'pipeline.version': 2 },
    fields: {
      session_key: (message) => message.sessionKey,
      channel_id: (message) => message.channelId,
      pipeline: { fromThis: (self) => self.name },
      total_tokens: Empty,
      stage_count: Empty,
      broken: (message) => (message as unknown as { missing: { deep: string } }).missing.deep,
      whole_message: (message) => message,
    },
    result: { reply_length: (response) => response.reply.length },
  })
  async process(message: NormalizedMessage): Promise<FinalResponse> {
    const tokens = message.text.split(' ').length;
    this.telemetry.record('total_tokens', tokens);
    this.telemetry.record({ stage_count: 6 });
    this.telemetry.record('totl_tokens', tokens);
    return { reply: `echo ${message.text}`, tokens };
  }
}

@Instrument('billing', { exclude: ['skipped'], attributes: { area: 'billing' } })
@Injectable()
class Billing {
  charge(amount: number): number {
    return amount * 2;
  }

  skipped(): string {
    return 'no span';
  }

  @Instrument('billing.custom')
  refund(amount: number): number {
    return -amount;
  }
}

@Controller()
class MessageController {
  constructor(
    private readonly pipeline: Pipeline,
    private readonly billing: Billing,
  ) {}

  @Post('message')
  process(@Body() message: NormalizedMessage): Promise<FinalResponse> {
    return this.pipeline.process(message);
  }

  @Post('billing')
  bill(): number[] {
    return [this.billing.charge(2), this.billing.refund(1), this.billing.skipped().length];
  }
}

const message: NormalizedMessage = {
  sessionKey: 'sess_abc123',
  channelId: 'slack:T1:C1',
  text: 'hello there world',
  secret: 'do-not-leak',
};

describe('@Instrument fields', () => {
  let t: TelemetryTestApp;

  beforeEach(async () => {
    t = await createTelemetryTestApp({
      controllers: [MessageController],
      providers: [Pipeline, Billing],
    });
  });
  afterEach(() => t.app.close());

  it('records fields from arguments, this, record() and the result', async () => {
    await request(t.app.getHttpServer()).post('/message').send(message).expect(201);
    t.spans.expectSpan('pipeline.process', {
      fields: {
        'pipeline.version': 2,
        session_key: 'sess_abc123',
        channel_id: 'slack:T1:C1',
        pipeline: 'pipeline-a',
        total_tokens: 3,
        stage_count: 6,
        reply_length: 'echo hello there world'.length,
      },
    });
  });

  it('never records arguments or results unless a field extracts them', async () => {
    await request(t.app.getHttpServer()).post('/message').send(message).expect(201);
    const span = t.spans.get('pipeline.process');
    const written = JSON.stringify([span.fields, span.events]);
    expect(written).not.toContain('do-not-leak');
    expect(written).not.toContain('hello there world');
    expect(span.fields).not.toHaveProperty('whole_message');
    expect(t.app.get(TelemetryDiagnostics).snapshot()).toMatchObject({
      field_not_attribute_value: 1,
    });
  });

  it('skips and counts a field whose extractor throws; the call succeeds', async () => {
    const res = await request(t.app.getHttpServer()).post('/message').send(message).expect(201);
    expect(res.body.reply).toBe('echo hello there world');
    const span = t.spans.expectSpan('pipeline.process', {
      status: 'unset',
      absentFields: ['broken'],
    });
    expect(span.fields.session_key).toBe('sess_abc123');
    expect(t.app.get(TelemetryDiagnostics).snapshot()).toMatchObject({ field_extractor_failed: 1 });
  });

  it('writes an undeclared field under its own name and counts it as field_undeclared', async () => {
    await request(t.app.getHttpServer()).post('/message').send(message).expect(201);
    t.spans.expectSpan('pipeline.process', { fields: { totl_tokens: 3 } });
    expect(t.app.get(TelemetryDiagnostics).snapshot()).toMatchObject({ field_undeclared: 1 });
  });

  it('instruments every own method of a class, honouring exclude and method-level @Instrument', async () => {
    await request(t.app.getHttpServer()).post('/billing').expect(201, [4, -1, 7]);
    t.spans.expectSpan('billing.charge', { fields: { area: 'billing' } });
    t.spans.expectSpan('billing.custom', { absentFields: ['area'] });
    expect(
      t.spans
        .spans()
        .map((s) => s.name)
        .sort(),
    ).toEqual(['POST /billing', 'billing.charge', 'billing.custom']);
  });

  it('names static methods after their class', () => {
    class Tools {
      @Instrument()
      static slug(text: string): string {
        return text.toLowerCase();
      }
    }
    expect(Tools.slug('A')).toBe('a');
    t.spans.expectSpan('Tools.slug');
  });

  it('rejects fields on a class and include on a method when decorating', () => {
    expect(() => Instrument({ fields: { a: () => 1 } })(class Broken {})).toThrow(
      /fields and result read one method's arguments/,
    );
    expect(() =>
      Instrument({ include: ['x'] })({}, 'm', { value: () => 1 } as PropertyDescriptor),
    ).toThrow(/include\/exclude apply to a class/);
  });
});

describe('@Instrument with @TrackEvent', () => {
  it('a class-level @Instrument skips a method instrumented below another wrapping decorator', async () => {
    @Instrument('orders')
    @Injectable()
    class Orders {
      @TrackEvent('order_placed')
      @Instrument('orders.place.custom')
      place(): string {
        return 'placed';
      }
    }
    const t = await createTelemetryTestApp({ providers: [Orders] });
    try {
      expect(t.app.get(Orders).place()).toBe('placed');
      expect(t.spans.spans().map((s) => s.name)).toEqual(['orders.place.custom']);
    } finally {
      await t.app.close();
    }
  });
});

describe('@Instrument fields with values that cannot be read', () => {
  const hostile = new Proxy(
    {},
    {
      ownKeys: () => {
        throw new Error('trap');
      },
      getPrototypeOf: () => {
        throw new Error('trap');
      },
    },
  );

  @Injectable()
  class Odd {
    constructor(private readonly telemetry: TelemetryService) {}

    @Instrument('odd.work', {
      fields: {
        when: () => new Date('not a date'),
        thing: () => hostile,
        spent: Empty,
        // The extractor throws something that cannot even be turned into a message.
        odd: () => {
          throw hostile;
        },
      },
      result: { at: () => new Date(NaN) },
    })
    work(): string {
      this.telemetry.record('spent', new Date('nope'));
      this.telemetry.record(hostile as Record<string, unknown>);
      this.telemetry.record({
        get spent(): number {
          throw new Error('getter');
        },
      });
      this.telemetry.record('spent', 3);
      return 'done';
    }
  }

  it('skips and counts them; the call returns, the span ends with the fields that could be read', async () => {
    const t = await createTelemetryTestApp({ providers: [Odd] });
    try {
      expect(t.app.get(Odd).work()).toBe('done');
      t.spans.expectSpan('odd.work', {
        fields: { spent: 3 },
        absentFields: ['when', 'thing', 'odd', 'at'],
      });
      expect(t.app.get(TelemetryDiagnostics).snapshot()).toMatchObject({
        field_record_failed: 6,
        field_extractor_failed: 1,
      });
    } finally {
      await t.app.close();
    }
  });
});
