/** The sign-in form: the curation token, and a name for the audit log. */
import { escapeHtml as e } from './escape.ts';
import { page } from './layout.ts';

export function renderSignIn(options: { next: string; error?: string; writesEnabled: boolean }): string {
  const body = options.writesEnabled
    ? `<form method="post" action="/sign-in" class="card narrow">
<h1>Sign in to curate</h1>
${options.error ? `<p class="alert" role="alert">${e(options.error)}</p>` : ''}
<input type="hidden" name="next" value="${e(options.next)}">
<label>Your name (kept in the audit log)<input name="author" maxlength="80" autocomplete="name" required></label>
<label>Curation token<input name="token" type="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button>
</form>`
    : `<div class="card narrow"><h1>Curation is disabled</h1><p>This server has no <code>CHRONICLE_TOKEN</code>: set one to allow corrections.</p></div>`;
  return page({ title: 'Sign in', section: 'sign-in', signedIn: false, body });
}
