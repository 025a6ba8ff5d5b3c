import { ExportBackoff } from './export-backoff';

describe('ExportBackoff', () => {
  it('doubles the wait after each failure up to the cap, and resets on success', () => {
    const backoff = new ExportBackoff(1000, 5000);
    expect(backoff.delay(0)).toBe(0);
    const waits = [1, 2, 3, 4].map(() => {
      backoff.recordFailure(0);
      return backoff.delay(0);
    });
    expect(waits).toEqual([1000, 2000, 4000, 5000]);
    expect(backoff.delay(4500)).toBe(500);
    backoff.recordSuccess();
    expect(backoff.delay(0)).toBe(0);
  });
});
