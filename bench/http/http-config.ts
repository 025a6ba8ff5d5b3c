import { join } from 'node:path';
import { benchModule, REPO_ROOT } from '../lib/bench-paths';

const app = (name: string) => benchModule('http', 'apps', name);
const REGISTER = join(REPO_ROOT, 'dist', 'sdk', 'register.js');

/** One app configuration under load. Adding one = one entry in HTTP_CONFIGS. */
export interface HttpConfig {
  readonly name: string;
  /** The app module: compiled JS under `npm run bench`, TypeScript (ts-node) from source. */
  readonly script: string;
  /** Modules required before the app (the OpenTelemetry preload). */
  readonly preload: string[];
  /** Extra environment of the app process. */
  readonly env?: Record<string, string>;
}

export const HTTP_BARE = 'bare app';
export const HTTP_OURS = 'our full stack';
export const HTTP_PEER = 'peer stack';
export const HTTP_SERVER_SPAN = 'server span only';

export const HTTP_CONFIGS: readonly HttpConfig[] = [
  { name: HTTP_BARE, script: app('bare.app'), preload: [] },
  {
    name: HTTP_OURS,
    script: app('ours.app'),
    preload: [REGISTER],
  },
  {
    // The bare app under our preload alone: our server span (HttpServerSpanInstrumentation),
    // exported over OTLP. The floor of our full stack.
    name: HTTP_SERVER_SPAN,
    script: app('bare.app'),
    preload: [REGISTER],
  },
  {
    name: HTTP_PEER,
    script: app('peer.app'),
    preload: [app('peer-otel.preload')],
  },
];
