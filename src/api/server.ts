/** Binds the HTTP app to a port with @hono/node-server. */
import { serve } from '@hono/node-server';
import type { Store } from '../store/index.ts';
import { createApp } from './app.ts';

export function serveApp(store: Store, port: number, hostname = '127.0.0.1'): Promise<string> {
  return new Promise((resolve) => {
    const server = serve({ fetch: createApp(store).fetch, port, hostname }, (info) => resolve(`http://${hostname}:${info.port}/`));
    const stop = () => server.close(() => void store.close().then(() => process.exit(0)));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
