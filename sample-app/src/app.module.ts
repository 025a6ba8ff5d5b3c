import { Module } from '@nestjs/common';
import { TelemetryModule } from 'nestjs-telemetry';
import { GatewayModule } from './gateway.module';
import { gatewayTelemetryOptions } from './telemetry/telemetry-options';

@Module({
  imports: [TelemetryModule.forRoot(gatewayTelemetryOptions()), GatewayModule],
})
export class AppModule {}
