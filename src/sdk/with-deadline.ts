/** Outcome of a task run against a deadline. */
export type DeadlineOutcome =
  { ok: true } | { ok: false; reason: 'timeout' | 'error'; error?: unknown };

/** Runs `task` and settles by `ms` at the latest; never rejects. The timer does not keep the process alive. */
export async function withDeadline(
  task: () => Promise<unknown>,
  ms: number,
): Promise<DeadlineOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DeadlineOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'timeout' }), ms);
    timer.unref();
  });
  const run = Promise.resolve()
    .then(task)
    .then(
      (): DeadlineOutcome => ({ ok: true }),
      (error: unknown): DeadlineOutcome => ({ ok: false, reason: 'error', error }),
    );
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
