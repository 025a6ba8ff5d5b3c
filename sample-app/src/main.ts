// Started with `node --require nestjs-telemetry/register ...` (see package.json), so the
// OpenTelemetry SDK is running before http and express are loaded.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { readGatewaySettings } from './gateway-settings';
import { hasCollector } from './telemetry/telemetry-options';

async function main(): Promise<void> {
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  app.enableShutdownHooks();
  await app.listen(readGatewaySettings().port, process.env.HOST ?? '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const mode = hasCollector() ? 'exporting over OTLP' : 'no collector: printing telemetry here';
  console.log(`LISTENING ${port} — llm-gateway on http://127.0.0.1:${port} (${mode})`);
}

void main();
