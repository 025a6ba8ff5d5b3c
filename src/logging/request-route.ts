/**
 * The route template of a request (`/users/:id`, not `/users/42`) once the framework has
 * routed it: Express keeps it in `req.route.path` (below `req.baseUrl`), Fastify in
 * `req.routeOptions.url`. Undefined before routing or for unmatched requests.
 */
export function requestRoute(req: unknown): string | undefined {
  const r = req as {
    route?: { path?: unknown };
    baseUrl?: unknown;
    routeOptions?: { url?: unknown };
  };
  if (typeof r.route?.path === 'string') {
    return (typeof r.baseUrl === 'string' ? r.baseUrl : '') + r.route.path;
  }
  if (typeof r.routeOptions?.url === 'string') return r.routeOptions.url;
  return undefined;
}
