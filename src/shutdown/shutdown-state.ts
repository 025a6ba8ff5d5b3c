import { Injectable } from '@nestjs/common';

/** Whether this app has begun shutting down; readiness reads it. One per app. */
@Injectable()
export class ShutdownState {
  private startedAt: number | null = null;

  get shuttingDown(): boolean {
    return this.startedAt !== null;
  }

  /** Epoch ms when shutdown began, if it has. */
  get since(): number | null {
    return this.startedAt;
  }

  /** Marks the start of shutdown; later calls keep the first time. */
  begin(): void {
    this.startedAt ??= Date.now();
  }
}
