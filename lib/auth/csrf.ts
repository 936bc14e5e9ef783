// Cross-site request forgery: a write authenticated by the session cookie must come from a page of this
// site. Browsers send Origin on every POST, PATCH and DELETE made by fetch or a form, and
// Sec-Fetch-Site in all current versions; a request from another site (or one that hides where it comes
// from) is refused. Bearer-token requests carry no ambient credential and are not checked.
function originsOf(headers: Headers, env: NodeJS.ProcessEnv): string[] {
  const out: string[] = [];
  const trustProxy = env.AUTH_TRUST_PROXY === '1';
  const host = (trustProxy && headers.get('x-forwarded-host')) || headers.get('host');
  const proto = (trustProxy && headers.get('x-forwarded-proto')) || null;
  if (host) {
    if (proto) out.push(`${proto}://${host}`);
    else out.push(`http://${host}`, `https://${host}`);
  }
  for (const url of [env.BETTER_AUTH_URL, ...(env.AUTH_TRUSTED_ORIGINS ?? '').split(',')]) {
    try {
      if (url?.trim()) out.push(new URL(url.trim()).origin);
    } catch {
      // A malformed entry trusts nothing.
    }
  }
  return out;
}

export function isSameOrigin(headers: Headers, env: NodeJS.ProcessEnv = process.env): boolean {
  const site = headers.get('sec-fetch-site');
  if (site && site !== 'same-origin') return false;
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return site === 'same-origin';
  return originsOf(headers, env).includes(origin);
}
