// The process's one better-auth instance, without the `server-only` marker so that proxy.ts (the
// PRIVATE=1 gate) and lib/server share it.
import { sharedDb } from '../db/shared';
import { createAuth, type Auth } from './auth';
import { principalOf, type Principal } from './principal';

const holder = globalThis as typeof globalThis & { __compactAtlasAuth?: Auth };

export function sharedAuth(): Auth {
  if (!holder.__compactAtlasAuth) {
    const { db, engine } = sharedDb();
    holder.__compactAtlasAuth = createAuth(db, engine);
  }
  return holder.__compactAtlasAuth;
}

export function sharedPrincipal(headers: Headers): Promise<Principal | null> {
  return principalOf(sharedAuth(), sharedDb().db, headers);
}
