import { join } from 'node:path';

const APPS = join(__dirname, 'apps');
const ROOT = join(__dirname, '..', '..');

/** One app configuration under load. Adding one = one entry in HTTP_CONFIGS. */
export interface HttpConfig {
  readonly name: string;
  /** The app script, run with ts-node (transpile only). */
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
  { name: HTTP_BARE, script: join(APPS, 'bare.app.ts'), preload: [] },
  {
    name: HTTP_OURS,
    script: join(APPS, 'ours.app.ts'),
    preload: [join(ROOT, 'dist', 'sdk', 'register.js')],
  },
  {
    // The bare app under our preload alone: our server span (HttpServerSpanInstrumentation),
    // exported over OTLP. The floor of our full stack.
    name: HTTP_SERVER_SPAN,
    script: join(APPS, 'bare.app.ts'),
    preload: [join(ROOT, 'dist', 'sdk', 'register.js')],
  },
  {
    name: HTTP_PEER,
    script: join(APPS, 'peer.app.ts'),
    preload: [join(APPS, 'peer-otel.preload.ts')],
  },
];
