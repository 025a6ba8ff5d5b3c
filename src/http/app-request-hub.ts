import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';

/** Something that follows every request of the app's HTTP server (HTTP metrics, request log). */
export interface AppRequestObserver {
  /** Called as the request arrives, before Express or Fastify sees it. */
  requestStarted(req: IncomingMessage, res: ServerResponse): void;
  /**
   * Called when the response closes: finished (`res.writableFinished`) or aborted by the client.
   * `startMs` is `performance.now()` when the request arrived.
   */
  requestClosed(req: IncomingMessage, res: ServerResponse, startMs: number): void;
}

/**
 * One listener, first among the 'request' listeners of the app's HTTP server, and one 'close'
 * listener per response, shared by every observer: seeing the raw request before the framework
 * means unmatched routes, guard rejections and middleware errors are seen too. Observers register
 * while providers are created; the listener goes on when the app is bootstrapped (only if anyone
 * registered) and comes off at shutdown. Apps without an HTTP server get nothing. An observer
 * that throws is skipped for that call; telemetry never fails a request.
 */
export class AppRequestHub implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly observers: AppRequestObserver[] = [];
  private server: Server | undefined;
  private readonly listener = (req: IncomingMessage, res: ServerResponse) =>
    this.requestArrived(req, res);

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  add(observer: AppRequestObserver): void {
    this.observers.push(observer);
  }

  onApplicationBootstrap(): void {
    if (this.observers.length === 0) return;
    const server = this.adapterHost.httpAdapter?.getHttpServer?.() as Server | undefined;
    if (!server || typeof server.prependListener !== 'function') return;
    this.server = server;
    server.prependListener('request', this.listener);
  }

  onApplicationShutdown(): void {
    this.server?.removeListener('request', this.listener);
    this.server = undefined;
  }

  private requestArrived(req: IncomingMessage, res: ServerResponse): void {
    const start = performance.now();
    const observers = this.observers;
    for (let i = 0; i < observers.length; i++) {
      try {
        observers[i].requestStarted(req, res);
      } catch {
        // counted by the observer itself where it matters
      }
    }
    // 'close' comes once per response, after 'finish' when there was one: `on`, not `once`.
    res.on('close', () => {
      for (let i = 0; i < observers.length; i++) {
        try {
          observers[i].requestClosed(req, res, start);
        } catch {
          // as above
        }
      }
    });
  }
}
