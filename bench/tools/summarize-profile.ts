/**
 * Prints where a V8 CPU profile spends its time, by package and by function (self time):
 *   node bench-build/tools/summarize-profile.js \
 *     bench/results/profiles/our-full-stack.cpuprofile [seconds of start-up to skip, default 5]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `node_modules/@scope/name` or `node_modules/name`, our dist, node internals, or the app. */
function packageOf(url: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  if (url.includes('/dist/')) return 'nestjs-telemetry (dist)';
  if (url.startsWith('node:') || url === '') return url ? 'node internals' : '(native / gc / idle)';
  return 'app / bench';
}

function top(map: Map<string, number>, total: number, n: number): string[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, us]) => `${((us / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
}

function main(file: string, skipSeconds: number): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  let elapsed = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const us = profile.timeDeltas[i] ?? 0;
    elapsed += us;
    if (elapsed < skipSeconds * 1e6 || frame.functionName === '(idle)') return;
    total += us;
    const pkg = packageOf(frame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    const fn = `${frame.functionName || '(anonymous)'}  ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  });
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s busy\n\nby package (self time)`);
  console.log(top(byPackage, total, 15).join('\n'));
  console.log('\nby function (self time)');
  console.log(top(byFunction, total, 25).join('\n'));
}

main(process.argv[2], Number(process.argv[3] ?? 5));
