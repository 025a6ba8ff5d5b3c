/** A class of errors (matched with `instanceof`). */
export type ErrorClass = abstract new (...args: any[]) => unknown;

/**
 * Errors that are part of normal operation (a 404 for a missing record, a validation failure):
 * a predicate, or a list of error classes. They leave the span status unset and add an
 * `expected_error` event instead of an exception.
 */
export type ExpectedErrors = ((error: unknown) => boolean) | readonly ErrorClass[];

/** The predicate form of `ExpectedErrors`. */
export function toExpectedErrorPredicate(
  expected: ExpectedErrors | undefined,
): ((error: unknown) => boolean) | undefined {
  if (expected === undefined) return undefined;
  if (typeof expected === 'function') return expected;
  if (expected.length === 0) return undefined;
  const classes = [...expected];
  return (error) => classes.some((errorClass) => error instanceof errorClass);
}
