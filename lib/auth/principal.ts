// Who is asking: a signed-in staff member (session cookie) or an automation token (Bearer). Both carry
// a role; the audit trail records which it was.
import type { Db } from '../db/client';
import type { Auth } from './auth';
import { isRole, type Role } from './roles';
import { findApiToken } from './tokens';

export interface Principal {
  kind: 'session' | 'token' | 'cli';
  role: Role;
  userId: string | null;
  tokenId: string | null;
  /** What the audit trail and the header show: the e-mail address, or "token: <name>". */
  label: string;
  name: string;
}

export function bearerOf(headers: Headers): string | null {
  const h = headers.get('authorization');
  const m = h ? /^Bearer\s+(\S+)\s*$/i.exec(h) : null;
  return m ? m[1]! : null;
}

export async function principalOf(auth: Auth, db: Db, headers: Headers): Promise<Principal | null> {
  const bearer = bearerOf(headers);
  if (bearer) {
    const token = await findApiToken(db, bearer);
    return token
      ? {
          kind: 'token',
          role: token.role,
          userId: null,
          tokenId: token.id,
          label: `token: ${token.name}`,
          name: token.name,
        }
      : null;
  }
  if (!headers.has('cookie')) return null;
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const u = session.user as typeof session.user & { role?: unknown; disabled?: unknown };
  if (u.disabled === true || !isRole(u.role)) return null;
  return { kind: 'session', role: u.role, userId: u.id, tokenId: null, label: u.email, name: u.name };
}

/** Whoever runs a command-line script on the server (it has the database already): an admin. */
export function cliPrincipal(user: string): Principal {
  return {
    kind: 'cli',
    role: 'admin',
    userId: null,
    tokenId: null,
    label: `command line (${user})`,
    name: user,
  };
}
