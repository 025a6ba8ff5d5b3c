import 'reflect-metadata';
import { Controller, Get, Injectable, NotFoundException } from '@nestjs/common';
import { Observable, throwError, timer, mergeMap } from 'rxjs';
import request from 'supertest';
import { ERROR_TYPE, EXPECTED_ERROR_EVENT, Instrument, isClientHttpError } from '../../src';
import {
  createTelemetryTestApp,
  sleep,
  type TelemetryTestApp,
} from '../support/telemetry-test-app';

class PaymentDeclinedError extends Error {}

@Injectable()
class Payments {
  lastError: Error | undefined;

  @Instrument()
  syncFail(): never {
    this.lastError = new PaymentDeclinedError('card declined');
    throw this.lastError;
  }

  @Instrument()
  async asyncFail(): Promise<never> {
    await sleep(5);
    this.lastError = new PaymentDeclinedError('insufficient funds');
    throw this.lastError;
  }

  @Instrument({ expectedErrors: isClientHttpError })
  async find(): Promise<never> {
    throw new NotFoundException('no such payment');
  }

  @Instrument({ expectedErrors: [PaymentDeclinedError] })
  declinedIsExpected(): never {
    throw new PaymentDeclinedError('declined, as usual');
  }

  @Instrument()
  failingStream(): Observable<never> {
    return timer(5).pipe(mergeMap(() => throwError(() => new PaymentDeclinedError('stream'))));
  }

  @Instrument()
  async *failingGenerator(): AsyncGenerator<number> {
    yield 1;
    throw new PaymentDeclinedError('generator');
  }
}

@Controller()
class PaymentsController {
  constructor(private readonly payments: Payments) {}

  @Get('sync')
  sync(): never {
    return this.payments.syncFail();
  }

  @Get('async')
  async(): Promise<never> {
    return this.payments.asyncFail();
  }

  @Get('missing')
  missing(): Promise<never> {
    return this.payments.find();
  }

  @Get('stream')
  stream(): Observable<never> {
    return this.payments.failingStream();
  }
}

describe('@Instrument errors', () => {
  let t: TelemetryTestApp;

  beforeEach(async () => {
    t = await createTelemetryTestApp({ controllers: [PaymentsController], providers: [Payments] });
  });
  afterEach(() => t.app.close());

  it.each(['sync', 'async'])('records a %s exception and rethrows the same error', async (kind) => {
    const payments = t.app.get(Payments);
    const call = () => (kind === 'sync' ? payments.syncFail() : payments.asyncFail());
    let caught: unknown;
    try {
      await call();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBe(payments.lastError);
    const span = t.spans.expectSpan(`Payments.${kind}Fail`, {
      status: 'error',
      fields: { [ERROR_TYPE]: 'PaymentDeclinedError' },
    });
    expect(span.statusMessage).toBe(payments.lastError!.message);
    expect(span.events.map((e) => e.name)).toEqual(['exception']);
    expect(span.events[0].attributes['exception.message']).toBe(payments.lastError!.message);
  });

  it('lets Nest turn the rethrown error into a 500', async () => {
    await request(t.app.getHttpServer()).get('/async').expect(500);
    t.spans.expectSpan('Payments.asyncFail', { status: 'error' });
  });

  it('leaves the status unset for an expected 4xx HttpException; Nest still answers 404', async () => {
    await request(t.app.getHttpServer()).get('/missing').expect(404);
    const span = t.spans.expectSpan('Payments.find', {
      status: 'unset',
      absentFields: [ERROR_TYPE],
    });
    expect(span.events.map((e) => e.name)).toEqual([EXPECTED_ERROR_EVENT]);
    expect(span.events[0].attributes['exception.type']).toBe('NotFoundException');
  });

  it('accepts a list of expected error classes', () => {
    expect(() => t.app.get(Payments).declinedIsExpected()).toThrow(PaymentDeclinedError);
    t.spans.expectSpan('Payments.declinedIsExpected', { status: 'unset' });
  });

  it('records an Observable error when it happens', async () => {
    await request(t.app.getHttpServer()).get('/stream').expect(500);
    t.spans.expectSpan('Payments.failingStream', {
      status: 'error',
      fields: { [ERROR_TYPE]: 'PaymentDeclinedError', 'stream.item_count': 0 },
    });
  });

  it('records an async generator error and rethrows it to the consumer', async () => {
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const n of t.app.get(Payments).failingGenerator()) seen.push(n);
      })(),
    ).rejects.toThrow('generator');
    expect(seen).toEqual([1]);
    t.spans.expectSpan('Payments.failingGenerator', {
      status: 'error',
      fields: { 'stream.item_count': 1 },
    });
  });
});
