/** The HTTP API and the web UI, one Hono app over the store. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { Store } from '../store/index.ts';
import { apiRoutes } from './api-routes.ts';
import { OPENAPI } from './openapi.ts';
import { BODY_TOO_LARGE, MAX_BODY_BYTES } from './params.ts';
import { staticRoutes } from './static-routes.ts';
import { webRoutes } from './web-routes.ts';

// No inline script or style anywhere: article text that slips markup in can run nothing.
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export interface AppOptions {
  /** The curation token; defaults to CHRONICLE_TOKEN. Without one, writes are refused with 403. */
  token?: string;
}

export function createApp(store: Store, options: AppOptions = {}): Hono {
  const token = (options.token ?? process.env.CHRONICLE_TOKEN)?.trim() || undefined;
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Referrer-Policy', 'no-referrer');
    c.res.headers.set('X-Frame-Options', 'DENY');
  });
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json({ error: BODY_TOO_LARGE }, 413),
    }),
  );

  app.get('/openapi.json', (c) => c.json(OPENAPI));
  app.route('/api', apiRoutes(store, token));
  app.route('/static', staticRoutes());
  app.route('/', webRoutes(store, token));

  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ error: 'not found' }, 404) : c.text('Not found', 404)));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return c.json({ error: error.message || 'request refused' }, error.status);
    console.error(error);
    return c.json({ error: 'internal error' }, 500);
  });

  return app;
}
