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
