/** The outcomes of the last `size` calls of a provider, for its health check. */
export class RecentOutcomes {
  private readonly outcomes: boolean[] = [];

  constructor(private readonly size = 20) {}

  record(ok: boolean): void {
    this.outcomes.push(ok);
    if (this.outcomes.length > this.size) this.outcomes.shift();
  }

  /** Share of failed calls among the recent ones; 0 before any call. */
  failureRatio(): number {
    if (this.outcomes.length === 0) return 0;
    return this.outcomes.filter((ok) => !ok).length / this.outcomes.length;
  }

  get calls(): number {
    return this.outcomes.length;
  }
}
