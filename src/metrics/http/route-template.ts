/** Route label of requests that matched no route (404s of unknown paths share it). */
export const UNMATCHED_ROUTE = 'unmatched';

interface FrameworkRequest {
  /** Express: the matched route layer. */
  route?: { path?: unknown };
  baseUrl?: string;
  /** Fastify: the matched route's options. */
  routeOptions?: { url?: string };
}

/**
 * The route template of a request (`/users/:id`, never the raw URL) as Express or Fastify matched
 * it, global prefix included; undefined when no route matched.
 */
export function routeTemplateOf(req: unknown): string | undefined {
  const r = req as FrameworkRequest | undefined;
  if (!r) return undefined;
  const fastify = r.routeOptions?.url;
  if (typeof fastify === 'string' && fastify !== '') return fastify;
  const express = r.route?.path;
  if (typeof express === 'string') return (r.baseUrl ?? '') + express;
  return undefined;
}
