import { SpanQueueGauge } from './span-queue-gauge';

describe('SpanQueueGauge', () => {
  it('refuses past capacity and frees slots when batches leave and settle', () => {
    const gauge = new SpanQueueGauge(3);
    expect([gauge.tryAdd(), gauge.tryAdd(), gauge.tryAdd(), gauge.tryAdd()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    gauge.taken(2);
    expect({ queued: gauge.queued, inFlight: gauge.inFlight }).toEqual({ queued: 1, inFlight: 2 });
    expect(gauge.tryAdd()).toBe(true);
    gauge.settled(2);
    expect(gauge.inFlight).toBe(0);
  });
});

describe('SpanQueueGauge.whenIdle', () => {
  it('resolves at once when empty, else when the last in-flight export settles', async () => {
    const gauge = new SpanQueueGauge(10);
    await gauge.whenIdle();
    gauge.tryAdd();
    gauge.tryAdd();
    gauge.taken(1);
    gauge.taken(1);
    let idle = false;
    const waiting = gauge.whenIdle().then(() => (idle = true));
    gauge.settled(1);
    await Promise.resolve();
    expect(idle).toBe(false);
    gauge.settled(1);
    await waiting;
    expect(idle).toBe(true);
  });
});
