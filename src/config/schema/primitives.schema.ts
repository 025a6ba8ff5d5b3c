import { z } from 'zod';

/** A whole number of at least `min`. */
export const intAtLeast = (min: number) =>
  z
    .number({ error: 'expected a number' })
    .int({ error: 'expected a whole number' })
    .min(min, {
      error: `expected a whole number >= ${min}`,
    });

/** A number between 0 and 1 inclusive. */
export const ratio = z
  .number({ error: 'expected a number between 0 and 1' })
  .min(0, { error: 'expected a number between 0 and 1' })
  .max(1, { error: 'expected a number between 0 and 1' });

/** An absolute http(s) URL. */
export const httpUrl = z.string({ error: 'expected a URL string' }).refine(isHttpUrl, {
  error: 'expected an absolute http:// or https:// URL',
});

/** A URL path that starts with a slash. */
export const urlPath = z
  .string({ error: 'expected a path string' })
  .regex(/^\/[A-Za-z0-9\-._~/]*$/, { error: "expected a path like '/metrics'" });

/** A map of string to string. */
export const stringRecord = z.record(z.string(), z.string({ error: 'expected string values' }), {
  error: 'expected an object of string values',
});

/** A non-empty string. */
export const nonEmptyString = z.string({ error: 'expected a string' }).min(1, {
  error: 'expected a non-empty string',
});

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
