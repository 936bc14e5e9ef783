import 'server-only';
// This site's public origin, for absolute addresses handed to other sites (iframe snippets, oEmbed,
// image footers): BETTER_AUTH_URL when set (the public address), else the request's Host, trusting
// X-Forwarded-* only behind a declared proxy (AUTH_TRUST_PROXY=1), as the CSRF rule does.
export function publicOrigin(headers: Headers, fallback?: string, env = process.env): string {
  const fixed = env.BETTER_AUTH_URL?.trim();
  if (fixed) {
    try {
      return new URL(fixed).origin;
    } catch {
      // A malformed setting falls through to the request.
    }
  }
  const trustProxy = env.AUTH_TRUST_PROXY === '1';
  const host = (trustProxy && headers.get('x-forwarded-host')) || headers.get('host');
  const proto = (trustProxy && headers.get('x-forwarded-proto')) || 'http';
  if (host && /^[a-z0-9.:[\]-]+$/i.test(host)) return `${proto}://${host}`;
  return fallback ?? 'http://localhost:3000';
}
