import { SEED_USERS } from './seed.ts';
import type { Variant } from './sessions.ts';

/**
 * The two server-rendered pages: the login form and the web client shell. The shell is empty;
 * `public/main.js` renders the navbar, the action and the overlays into it, as Odoo's client does.
 */

export const STATIC_PREFIX = '/sandbox/static';

interface LoginPageOptions {
  variant: Variant;
  /** Path to open after login; empty for the variant's landing page. */
  redirect: string;
  /** The login that was refused, to show the error. */
  failedLogin?: string;
}

export function loginPage({ variant, redirect, failedLogin }: LoginPageOptions): string {
  const error =
    failedLogin === undefined
      ? ''
      : '<p class="alert alert-danger" role="alert">Wrong login/password</p>';
  const users = SEED_USERS.map((user) => `<code>${user.login}</code>`).join(', ');
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Odoo</title>
<link rel="stylesheet" href="${STATIC_PREFIX}/style.css">
</head>
<body class="bg-100">
<main class="o_sandbox_login">
  <div class="card o_database_list">
    <form class="oe_login_form" role="form" method="post" action="/web/login">
      <div class="mb-3 field-login">
        <label class="form-label" for="login">Email</label>
        <input type="text" name="login" id="login" class="form-control" required autofocus
          autocomplete="username" value="${escapeHtml(failedLogin ?? '')}">
      </div>
      <div class="mb-3">
        <label class="form-label" for="password">Password</label>
        <input type="password" name="password" id="password" class="form-control"
          autocomplete="current-password">
      </div>
      ${error}
      <div class="oe_login_buttons">
        <button type="submit" class="btn btn-primary">Log in</button>
      </div>
      <input type="hidden" name="redirect" value="${escapeHtml(redirect)}">
      <input type="hidden" name="variant" value="${variant}">
    </form>
    <p class="o_sandbox_hint">Sandbox users: ${users} (any password).
      Web client: <a href="/web/login?variant=17">Odoo 17</a> ·
      <a href="/web/login?variant=18">Odoo 18</a> (now ${variant}).</p>
  </div>
</main>
</body>
</html>
`;
}

/** The web client page of one variant, with Odoo's inline `odoo.__session_info__`. */
export function shellPage(variant: Variant, sessionInfo: Record<string, unknown>): string {
  // `<` is escaped so no value can close the script element.
  const info = JSON.stringify(sessionInfo).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Odoo</title>
<link rel="stylesheet" href="${STATIC_PREFIX}/style.css">
<script>globalThis.odoo = { __session_info__: ${info}, debug: "" };</script>
<script type="module" src="${STATIC_PREFIX}/main.js"></script>
</head>
<body class="o_web_client"></body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
