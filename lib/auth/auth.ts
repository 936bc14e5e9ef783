// The better-auth instance: email and password sign-in for staff accounts created by an admin (no
// public sign-up), optional OpenID Connect for organisations with their own identity provider, and
// sign-in rate limits counted in the database so they hold across restarts and processes. Created
// lazily by its callers (never at import), so `next build` needs neither a database nor a secret.
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { genericOAuth } from 'better-auth/plugins/generic-oauth';
import type { Db } from '../db/client';
import type { DbEngine } from '../../prisma/adapter';
import { countAccountAttempt } from './account-limit';
import { isRole } from './roles';
import { authSecret } from './secret';

/** Sign-in attempts allowed per client address and window (seconds); per account: account-limit.ts. */
export const SIGN_IN_LIMIT = { window: 60, max: 5 };
export const MIN_PASSWORD_LENGTH = 12;
export const OIDC_PROVIDER_ID = 'oidc';

const LOCAL_HOSTS = ['localhost:*', '127.0.0.1:*', '[::1]:*', 'localhost', '127.0.0.1'];

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** OpenID Connect sign-in, when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. */
export function oidcConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
}

function oidcPlugins(env: NodeJS.ProcessEnv) {
  if (!oidcConfigured(env)) return [];
  const issuer = env.OIDC_ISSUER!.replace(/\/+$/, '');
  return [
    genericOAuth({
      config: [
        {
          providerId: OIDC_PROVIDER_ID,
          name: env.OIDC_NAME || 'Single sign-on',
          discoveryUrl: `${issuer}/.well-known/openid-configuration`,
          clientId: env.OIDC_CLIENT_ID!,
          clientSecret: env.OIDC_CLIENT_SECRET!,
          scopes: ['openid', 'email', 'profile'],
          pkce: true,
          // New identities become viewers; an admin grants more. OIDC_ALLOW_SIGNUP=0 admits only
          // people an admin created first (matched by e-mail).
          disableImplicitSignUp: env.OIDC_ALLOW_SIGNUP === '0',
        },
      ],
    }),
  ];
}

export function createAuth(db: Db, engine: DbEngine, env: NodeJS.ProcessEnv = process.env) {
  const fixedUrl = env.BETTER_AUTH_URL?.trim();
  const rateLimited = env.AUTH_RATE_LIMIT !== '0';
  return betterAuth({
    appName: 'Compact Atlas',
    secret: authSecret(env),
    // A fixed public address when deployed; otherwise the address the request came to, among the
    // allowed hosts (local addresses for the embedded quick start).
    baseURL: fixedUrl || {
      allowedHosts: [...LOCAL_HOSTS, ...list(env.AUTH_ALLOWED_HOSTS)],
      protocol: 'auto',
    },
    basePath: '/api/auth',
    trustedOrigins: list(env.AUTH_TRUSTED_ORIGINS),
    database: prismaAdapter(db, { provider: engine === 'postgres' ? 'postgresql' : 'sqlite' }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
    },
    user: {
      additionalFields: {
        role: { type: 'string', input: false, required: false, defaultValue: 'viewer' },
        disabled: { type: 'boolean', input: false, required: false, defaultValue: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: rateLimited,
      storage: 'database',
      window: 60,
      max: 120,
      customRules: { '/sign-in/*': SIGN_IN_LIMIT },
    },
    advanced: {
      cookiePrefix: 'atlas',
      // Behind a reverse proxy that terminates HTTPS, X-Forwarded-Proto/Host decide the cookie's
      // Secure flag and the origin; only trust them when told to.
      trustedProxyHeaders: env.AUTH_TRUST_PROXY === '1',
      ipAddress: { ipAddressHeaders: ['x-forwarded-for'], trustedProxies: list(env.AUTH_TRUSTED_PROXIES) },
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account, or one whose role is unknown, gets no session.
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: session.userId } });
            if (!user || user.disabled || !isRole(user.role)) return false;
            return { data: session };
          },
        },
      },
    },
    hooks: {
      // Attempts per account too (lib/auth/account-limit.ts): the address-based limit above can be
      // dodged by a client that sets its own X-Forwarded-For.
      before: createAuthMiddleware(async (ctx) => {
        if (!rateLimited || ctx.path !== '/sign-in/email') return;
        const email: unknown = ctx.body?.email;
        if (typeof email !== 'string' || !email) return;
        const { allowed, retryAfter } = await countAccountAttempt(db, email);
        if (!allowed)
          throw new APIError(
            'TOO_MANY_REQUESTS',
            {
              code: 'TOO_MANY_ATTEMPTS_FOR_ACCOUNT',
              message: `Too many sign-in attempts for this account: try again in ${retryAfter} seconds.`,
            },
            { 'Retry-After': String(retryAfter) },
          );
      }),
    },
    plugins: oidcPlugins(env),
  });
}

export type Auth = ReturnType<typeof createAuth>;
