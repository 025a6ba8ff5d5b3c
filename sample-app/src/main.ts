import 'reflect-metadata';
import { Controller, Get, Module, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TelemetryModule } from 'nestjs-telemetry';

@Controller('v1/sessions')
class SessionsController {
  @Get(':id')
  get(@Param('id') id: string): { id: string } {
    return { id };
  }
}

@Module({
  imports: [TelemetryModule.forRoot({ serviceName: 'sample-llm-gateway' })],
  controllers: [SessionsController],
})
class AppModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(AppModule);
  app.enableShutdownHooks();
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port);
  console.log(`sample-app listening on http://localhost:${port}`);
}

void main();
