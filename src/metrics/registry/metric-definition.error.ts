/** Thrown when a metric definition is invalid or conflicts with an earlier one of the same name. */
export class MetricDefinitionError extends Error {
  override readonly name = 'MetricDefinitionError';

  constructor(metricName: string, problem: string) {
    super(`Metric ${JSON.stringify(metricName)}: ${problem}`);
  }
}
