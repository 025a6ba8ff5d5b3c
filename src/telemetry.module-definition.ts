import { ConfigurableModuleBuilder } from '@nestjs/common';
import type { TelemetryModuleOptions } from './config/options/telemetry-module-options';

/** Options that must be known synchronously, even with forRootAsync. */
export interface TelemetryModuleExtras {
  /** Register the module globally, so TelemetryService can be injected anywhere. @default true */
  isGlobal?: boolean;
}

export const {
  ConfigurableModuleClass: TelemetryConfigurableModule,
  MODULE_OPTIONS_TOKEN: TELEMETRY_MODULE_OPTIONS,
  OPTIONS_TYPE: TELEMETRY_OPTIONS_TYPE,
  ASYNC_OPTIONS_TYPE: TELEMETRY_ASYNC_OPTIONS_TYPE,
} = new ConfigurableModuleBuilder<TelemetryModuleOptions>({ moduleName: 'Telemetry' })
  .setClassMethodName('forRoot')
  .setFactoryMethodName('createTelemetryOptions')
  .setExtras<TelemetryModuleExtras>({ isGlobal: true }, (definition, extras) => ({
    ...definition,
    global: extras.isGlobal,
  }))
  .build();
