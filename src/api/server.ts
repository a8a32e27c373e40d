/** Binds the HTTP app to a port with @hono/node-server. */
import v8 from 'node:v8';
import { serve } from '@hono/node-server';
import type { Store } from '../store/index.ts';
import { createApp } from './app.ts';

/**
 * Has V8 compile WebAssembly optimised from the start. PGlite's queries run 5–10× slower in V8's
 * baseline tier until hot code is recompiled, so a server's first minutes of requests were slow;
 * the optimised compilation costs about one second once. Call before the store is opened.
 */
export function compileWebAssemblyOptimised(): void {
  v8.setFlagsFromString('--no-liftoff');
}

export function serveApp(store: Store, port: number, hostname = '127.0.0.1'): Promise<string> {
  return new Promise((resolve) => {
    const server = serve({ fetch: createApp(store).fetch, port, hostname }, (info) => resolve(`http://${hostname}:${info.port}/`));
    const stop = () => server.close(() => void store.close().then(() => process.exit(0)));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
