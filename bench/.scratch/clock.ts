import 'reflect-metadata';
import { trace } from '@opentelemetry/api';
import { TracingHarness } from '../micro/tracing-harness';
import { yieldToLoop } from '../lib/yield-to-loop';
(async () => {
  const h = new TracingHarness().start();
  const tracer = trace.getTracer('x');
  const fn = () =>
    tracer.startActiveSpan('a', { attributes: { a: 1, b: 'x', c: 2 } }, (s) => s.end());
  for (let rep = 0; rep < 8; rep++) {
    const w0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    let wall = 0n;
    for (let k = 0; k < 80; k++) {
      const t = process.hrtime.bigint();
      for (let i = 0; i < 250; i++) fn();
      wall += process.hrtime.bigint() - t;
      if (k % 2) await yieldToLoop();
    }
    const c = process.cpuUsage(c0);
    const totalWall = Number(process.hrtime.bigint() - w0);
    console.log(
      'rep',
      rep,
      'wall ns/call',
      (Number(wall) / 20000).toFixed(0),
      'cpu ns/call (incl yields)',
      (((c.user + c.system) * 1000) / 20000).toFixed(0),
      'wall incl yields',
      (totalWall / 20000).toFixed(0),
    );
  }
  await h.shutdown();
})();
