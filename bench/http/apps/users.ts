/** The workload every configuration serves: GET /users/:id returns a small JSON document. */
export interface User {
  readonly id: string;
  readonly name: string;
  readonly tier: string;
  readonly roles: string[];
}

export function loadUser(id: string): User {
  return { id, name: `User ${id}`, tier: id.length % 2 ? 'gold' : 'silver', roles: ['reader'] };
}

/** The path autocannon requests; the route template is `/users/:id`. */
export const LOAD_PATH = '/users/42';
