import { Module } from '@nestjs/common';
import { GATEWAY_SETTINGS, readGatewaySettings } from './gateway-settings';
import { llmProviders } from './llm/llm.providers';
import { ProvidersHealth } from './llm/providers.health';
import { MessagesController } from './messages/messages.controller';
import { GatewayMetrics } from './metrics/gateway-metrics';
import { PipelineService } from './pipeline/pipeline.service';
import { AuthResolveStage } from './pipeline/stages/auth-resolve.stage';
import { ContextGuardStage } from './pipeline/stages/context-guard.stage';
import { HistorySanitizeStage } from './pipeline/stages/history-sanitize.stage';
import { RespondStage } from './pipeline/stages/respond.stage';
import { SessionStore } from './sessions/session.store';
import { SessionsController } from './sessions/sessions.controller';
import { GatewayEvents } from './telemetry/gateway-events';

/** The gateway itself; it needs a global TelemetryModule (AppModule, or TelemetryTestingModule in tests). */
@Module({
  controllers: [MessagesController, SessionsController],
  providers: [
    { provide: GATEWAY_SETTINGS, useFactory: () => readGatewaySettings() },
    ...llmProviders,
    ProvidersHealth,
    AuthResolveStage,
    HistorySanitizeStage,
    ContextGuardStage,
    RespondStage,
    PipelineService,
    SessionStore,
    GatewayMetrics,
    GatewayEvents,
  ],
})
export class GatewayModule {}
