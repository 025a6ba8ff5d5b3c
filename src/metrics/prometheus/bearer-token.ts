import { createHash, timingSafeEqual } from 'node:crypto';

/** Checks an `Authorization` header against the configured bearer token in constant time. */
export function isAuthorized(
  header: string | string[] | undefined,
  token: string | undefined,
): boolean {
  if (token === undefined) return true;
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(.+)$/i.exec(value ?? '');
  if (!match) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(match[1].trim()), digest(token));
}
