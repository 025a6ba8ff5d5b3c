import type { SuiteResult } from '../micro/run-micro-suite';

/**
 * Variants whose spans or events did not all reach the exporter. Their figures would flatter
 * (dropped work is cheap), so the run reports them as errors and exits non-zero.
 */
export function exportMismatches(suites: readonly SuiteResult[]): string[] {
  return suites.flatMap((suite) =>
    suite.variants
      .filter((v) => v.exportsExpected !== undefined && v.exportsCounted !== v.exportsExpected)
      .map(
        (v) =>
          `${suite.id} / ${v.name}: ${v.exportsCounted} ${suite.exportsWhat} exported of ${v.exportsExpected} created`,
      ),
  );
}
