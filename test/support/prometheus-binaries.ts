import { execFileSync } from 'node:child_process';

/** The path of `name` on PATH, or undefined. */
export function findBinary(name: string): string | undefined {
  try {
    return (
      execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

/**
 * `describe` when the Prometheus binary exists; otherwise, outside CI only, `describe.skip` with a
 * message saying how to install it. In CI a missing binary fails the suite.
 */
export function describeWithBinary(name: 'prometheus' | 'promtool'): jest.Describe {
  if (findBinary(name) || process.env.CI) return describe;
  console.warn(
    `Skipping ${name} tests: ${name} is not installed. ` +
      'Install it with `apt-get install -y --no-install-recommends prometheus` (CI always runs them).',
  );
  return describe.skip;
}
