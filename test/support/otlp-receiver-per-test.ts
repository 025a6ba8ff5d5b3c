import type { INestApplication } from '@nestjs/common';
import { OtlpReceiver } from './otlp-receiver';

/** A loopback receiver started before each test, and the app a test sets, closed after it. */
export interface ReceiverAndApp {
  readonly receiver: OtlpReceiver;
  app: INestApplication | undefined;
}

/**
 * Registers, in the calling `describe`, a fresh OtlpReceiver per test and the teardown: the app
 * the test put in `app` closes first (its shutdown flushes to the receiver), then the receiver.
 */
export function otlpReceiverPerTest(): ReceiverAndApp {
  const state = { receiver: undefined as unknown as OtlpReceiver, app: undefined } as {
    receiver: OtlpReceiver;
    app: INestApplication | undefined;
  };
  beforeEach(async () => {
    state.receiver = await new OtlpReceiver().start();
  });
  afterEach(async () => {
    await state.app?.close();
    state.app = undefined;
    await state.receiver.stop();
  });
  return state;
}
