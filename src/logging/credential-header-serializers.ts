/** What credential headers are replaced with in logs. */
export const REDACTED = '[REDACTED]';

/** Request headers never written to logs (Node lower-cases header names). */
export const CREDENTIAL_REQUEST_HEADERS: readonly string[] = Object.freeze([
  'authorization',
  'proxy-authorization',
  'cookie',
  'x-api-key',
]);

/** Response headers never written to logs. */
export const CREDENTIAL_RESPONSE_HEADERS: readonly string[] = Object.freeze(['set-cookie']);

type WithHeaders = { headers?: unknown };
const hasOwn = Object.prototype.hasOwnProperty;

/**
 * pino serializers for `req` and `res` that mask the credential headers. pino-http hands them its
 * standard serialization (a fresh object whose `headers` is the live header object), so a header
 * object holding a credential is replaced by a masked copy; the request itself is never changed.
 * Cheaper than pino `redact` paths, which copy and walk the whole object on every serialization.
 */
export const credentialHeaderSerializers = Object.freeze({
  req: <T>(req: T): T => maskHeaders(req, CREDENTIAL_REQUEST_HEADERS),
  res: <T>(res: T): T => maskHeaders(res, CREDENTIAL_RESPONSE_HEADERS),
});

function maskHeaders<T>(serialized: T, names: readonly string[]): T {
  const holder = serialized as WithHeaders | null | undefined;
  const headers = holder?.headers as Record<string, unknown> | null | undefined;
  if (typeof headers !== 'object' || headers === null) return serialized;
  let masked: Record<string, unknown> | undefined;
  for (const name of names) {
    if (!hasOwn.call(headers, name)) continue;
    masked ??= { ...headers };
    masked[name] = REDACTED;
  }
  if (masked) holder!.headers = masked;
  return serialized;
}
