/**
 * Query parameters whose values are credentials (signed-URL signatures and keys): their values
 * are replaced by `REDACTED` in `url.query`, as instrumentation-http does.
 */
export const REDACTED_QUERY_PARAMS: readonly string[] = [
  'sig',
  'Signature',
  'AWSAccessKeyId',
  'X-Goog-Signature',
  'X-Amz-Signature',
  'X-Amz-Credential',
  'X-Amz-Security-Token',
];

/** The query (without `?`) with the values of credential parameters replaced by `REDACTED`. */
export function redactQuery(query: string): string {
  // Most queries carry none of them: return the string itself, parsing nothing.
  if (!REDACTED_QUERY_PARAMS.some((name) => query.includes(name))) return query;
  const params = new URLSearchParams(query);
  for (const name of REDACTED_QUERY_PARAMS) if (params.has(name)) params.set(name, 'REDACTED');
  return params.toString();
}
