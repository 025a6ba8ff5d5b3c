import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** Cores for the app under test and for the load generator, when taskset can pin them. */
export interface CorePlan {
  readonly serverCore: string | undefined;
  readonly loadCore: string | undefined;
  readonly note: string;
}

function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Server on core 1, this process (autocannon, the OTLP sink) on core 0. */
export function planCores(): CorePlan {
  if (!hasTaskset())
    return { serverCore: undefined, loadCore: undefined, note: 'taskset not found: not pinned' };
  if (availableParallelism() < 2)
    return {
      serverCore: '0',
      loadCore: undefined,
      note: 'one core: server pinned, load shares it',
    };
  return {
    serverCore: '1',
    loadCore: '0',
    note: 'server on core 1, load generator and sink on core 0',
  };
}

/** Pins every thread of this process to `core`; returns a function that restores the old mask. */
export function pinThisProcess(core: string | undefined): () => void {
  if (!core) return () => undefined;
  const pid = String(process.pid);
  const before = execFileSync('taskset', ['-p', pid]).toString().trim().split(/\s+/).pop()!;
  execFileSync('taskset', ['-a', '-p', '-c', core, pid], { stdio: 'ignore' });
  return () => execFileSync('taskset', ['-a', '-p', before, pid], { stdio: 'ignore' });
}
