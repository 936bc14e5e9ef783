import 'server-only';
// The app's side of authentication: one better-auth instance per process, the principal behind a
// request (route handlers) or behind the current page or server action (next/headers), and the role
// checks every write goes through: anonymous → 401, too weak a role → 403, cookie writes from another
// site → 403.
import { headers as nextHeaders } from 'next/headers';
import type { Auth } from '../auth/auth';
import { isSameOrigin } from '../auth/csrf';
import { sharedAuth, sharedPrincipal } from '../auth/instance';
import { bearerOf, type Principal } from '../auth/principal';
import { hasRole, type Role } from '../auth/roles';
import { ApiProblem } from './api';

export function getAuth(): Auth {
  return sharedAuth();
}

export function principalFromHeaders(headers: Headers): Promise<Principal | null> {
  return sharedPrincipal(headers);
}

/** The signed-in user of the page or server action being rendered, if any. */
export async function currentPrincipal(): Promise<Principal | null> {
  return principalFromHeaders(new Headers(await nextHeaders()));
}

export function clientIp(headers: Headers): string | null {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || null;
}

/** Whether reading needs signing in (PRIVATE=1). */
export function isPrivate(): boolean {
  return process.env.PRIVATE === '1' || process.env.PRIVATE === 'true';
}

export function unauthenticated(): ApiProblem {
  return new ApiProblem(
    401,
    {
      error: {
        code: 'unauthenticated',
        message: 'Sign in, or send an API token as "Authorization: Bearer …".',
      },
    },
    { 'www-authenticate': 'Bearer realm="compact-atlas"' },
  );
}

export function forbidden(role: Role): ApiProblem {
  return new ApiProblem(403, {
    error: { code: 'forbidden', message: `This needs the ${role} role or higher.` },
  });
}

/** The principal allowed to make this API request, or a 401/403 problem. */
export async function authorize(request: Request, min: Role): Promise<Principal> {
  const principal = await principalFromHeaders(request.headers);
  if (!principal) throw unauthenticated();
  // A cookie travels with any request the browser makes; a write it authenticates must come from
  // our own pages. Tokens are sent deliberately and need no such check.
  if (principal.kind === 'session' && request.method !== 'GET' && !isSameOrigin(request.headers))
    throw new ApiProblem(403, {
      error: { code: 'cross_site', message: 'Cross-site request refused: writes must come from this site.' },
    });
  if (!hasRole(principal.role, min)) throw forbidden(min);
  return principal;
}

export { bearerOf };
