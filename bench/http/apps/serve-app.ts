import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';

/** What a bench app tells the parent once it listens: its port and what telemetry it wired. */
export interface AppReady {
  readonly port: number;
  readonly wired: string[];
  readonly todo: string[];
}

/** Listens on 127.0.0.1 (a free port) and reports to the parent over IPC. */
export async function serveApp(
  app: INestApplication,
  describe: (baseUrl: string) => Promise<Pick<AppReady, 'wired' | 'todo'>>,
): Promise<void> {
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as { port: number }).port;
  const ready: AppReady = { port, ...(await describe(`http://127.0.0.1:${port}`)) };
  process.send!(ready);
  process.on('disconnect', () => void app.close().then(() => process.exit(0)));
}
