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
  if (typeof express !== 'string' || isMiddlewareCatchAll(r.route!)) return undefined;
  return (r.baseUrl ?? '') + express;
}

/**
 * Nest mounts `forRoutes('*')` middleware (nestjs-pino's, for one) as an Express `all('/{*path}')`
 * route, so `req.route` names that catch-all until a handler matches; on an unmatched request it
 * never gets replaced. Such a route is not the request's route; a controller's own catch-all
 * handler on Express is therefore labelled as unmatched too (on Fastify it keeps its route).
 */
function isMiddlewareCatchAll(route: { path?: unknown }): boolean {
  return route.path === '/{*path}' || route.path === '{*path}';
}
