import 'server-only';
// The role check every server action starts with. Next.js already refuses actions posted from
// another origin; the same-origin check here repeats it so the rule holds (and is tested) in one place.
import { headers as nextHeaders } from 'next/headers';
import { isSameOrigin } from '../auth/csrf';
import { hasRole, type Role } from '../auth/roles';
import type { ChangeContext } from '../editing/audit';
import { clientIp, principalFromHeaders } from './auth';

export type Denied = { ok: false; code: 'unauthenticated' | 'forbidden'; status: 401 | 403; message: string };

export async function actionContext(min: Role): Promise<{ ok: true; change: ChangeContext } | Denied> {
  const headers = new Headers(await nextHeaders());
  if (!isSameOrigin(headers))
    return { ok: false, code: 'forbidden', status: 403, message: 'Cross-site request refused.' };
  const principal = await principalFromHeaders(headers);
  if (!principal) return { ok: false, code: 'unauthenticated', status: 401, message: 'Sign in first.' };
  if (!hasRole(principal.role, min))
    return { ok: false, code: 'forbidden', status: 403, message: `This needs the ${min} role or higher.` };
  return { ok: true, change: { principal, via: 'ui', ip: clientIp(headers) } };
}
