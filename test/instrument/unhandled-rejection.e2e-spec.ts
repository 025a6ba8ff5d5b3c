import { ensureDist } from '../support/ensure-dist';
import { runFixture } from '../support/run-fixture';

/** Runs the fixture with its method decorated as `decorated`; returns its exit status and stderr. */
function run(decorated: string) {
  const result = runFixture('test/fixtures/unhandled-rejection-app/main.ts', {
    DECORATED: decorated,
    OTEL_METRICS_EXPORTER: 'none',
  });
  return { status: result.status, stderr: result.stderr };
}

describe('a rejection nobody handles stays unhandled (child process)', () => {
  beforeAll(() => ensureDist());

  it.each(['plain', 'instrument', 'red', 'trackEvent'])(
    'method decorated %s: Node reports the rejection and exits with status 1',
    (decorated) => {
      const { status, stderr } = run(decorated);
      expect(status).toBe(1);
      expect(stderr).toContain('TypeError: cannot reserve');
    },
  );
});
