import type { Provider } from '@nestjs/common';
import { TelemetryService } from 'nestjs-telemetry';
import { FakeLlmProvider } from './fake-llm.provider';
import { readFakeLlmSettings } from './fake-llm-settings';
import { PRIMARY_LLM, SECONDARY_LLM } from './llm.tokens';
import { ProviderRouter } from './provider-router.service';

/** The two simulated providers (settings from LLM_* env vars) and the router between them. */
export const llmProviders: Provider[] = [
  {
    provide: PRIMARY_LLM,
    useFactory: (t: TelemetryService) => new FakeLlmProvider(readFakeLlmSettings('primary'), t),
    inject: [TelemetryService],
  },
  {
    provide: SECONDARY_LLM,
    useFactory: (t: TelemetryService) => new FakeLlmProvider(readFakeLlmSettings('secondary'), t),
    inject: [TelemetryService],
  },
  ProviderRouter,
];
