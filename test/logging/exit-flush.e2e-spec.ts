import { ensureDist } from '../support/ensure-dist';
import { runFixture } from '../support/run-fixture';

/** Runs the fixture to its end and returns its exit status and the JSON lines on its stdout. */
function runToExit(exitBy: 'exit' | 'throw') {
  const result = runFixture('test/fixtures/exit-log-app/main.ts', {
    EXIT_BY: exitBy,
    OTEL_METRICS_EXPORTER: 'none',
  });
  const lines = result.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { msg?: string });
  return { status: result.status, lines, stderr: result.stderr };
}

describe('buffered stdout logs at process exit (child process)', () => {
  beforeAll(() => ensureDist());

  it.each(['exit', 'throw'] as const)(
    'writes the lines of the last tick when the process ends by %s',
    (exitBy) => {
      const { status, lines, stderr } = runToExit(exitBy);
      expect({ status, stderr: exitBy === 'exit' ? stderr : '' }).toEqual({
        status: exitBy === 'exit' ? 0 : 1,
        stderr: '',
      });
      expect(lines.map((l) => l.msg).filter((m) => m?.endsWith('before exit'))).toEqual([
        'line 0 before exit',
        'line 1 before exit',
        'line 2 before exit',
      ]);
    },
    60_000,
  );
});
