/** The UI's own files: the stylesheet (with the level colours) and the client scripts, read once. */
import { readdirSync, readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { paletteCss } from '../web/layout.ts';

const WEB = new URL('../web/', import.meta.url);
const CLIENT = new URL('client/', WEB);

export function staticRoutes(): Hono {
  const files = new Map<string, { type: string; body: string }>();
  files.set('style.css', { type: 'text/css; charset=utf-8', body: readFileSync(new URL('style.css', WEB), 'utf8') + paletteCss() });
  for (const name of readdirSync(CLIENT).filter((n) => n.endsWith('.js'))) {
    files.set(name, { type: 'text/javascript; charset=utf-8', body: readFileSync(new URL(name, CLIENT), 'utf8') });
  }
  const routes = new Hono();
  routes.get('/:name', (c) => {
    const file = files.get(c.req.param('name'));
    if (!file) return c.text('Not found', 404);
    c.header('Content-Type', file.type);
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(file.body);
  });
  return routes;
}
