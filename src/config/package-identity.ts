import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `name` and `version` of the package.json in `dir`, if there is one. Used for service defaults. */
export function readPackageIdentity(dir: string): { name?: string; version?: string } {
  try {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    return {
      name: typeof pkg.name === 'string' && pkg.name ? pkg.name : undefined,
      version: typeof pkg.version === 'string' && pkg.version ? pkg.version : undefined,
    };
  } catch {
    return {};
  }
}
