// Runs before every page and API request.
// - Locale routing: English pages live at unprefixed paths (rewritten internally to /en/...); other
//   locales carry a prefix. On a first visit (no language cookie) an unprefixed page follows the
//   browser's preferred language; an explicit choice in the language switcher sets the cookie.
// - Security: a fresh CSP nonce per page (lib/security/csp.ts), passed to Next.js in the request.
// - PRIVATE=1: every page and API call needs a signed-in user or an API token, except signing in and
//   the health check (/api/health).
// - Embeds (/embed/...): framable per EMBED_ALLOWED_ORIGINS (CSP frame-ancestors), and their language
//   is the one the host asked for (prefix, or `lang=`), never negotiated from the reader's browser.
import { NextResponse, type NextRequest } from 'next/server';
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, negotiateLocale, splitLocale } from './lib/i18n/config';
import { contentSecurityPolicy, newNonce } from './lib/security/csp';
import { embedFrameAncestorsFromEnv, isEmbedPath } from './lib/security/frame-ancestors';
import { langParam } from './lib/url/embed-params';

const PUBLIC_WHEN_PRIVATE = [/^\/api\/auth\//, /^\/api\/health$/, /^\/sign-in$/];

function isPrivate() {
  return process.env.PRIVATE === '1' || process.env.PRIVATE === 'true';
}

async function signedIn(request: NextRequest): Promise<boolean> {
  // Imported only when needed: public deployments never touch the database here.
  const { sharedPrincipal } = await import('./lib/auth/instance');
  return (await sharedPrincipal(request.headers)) !== null;
}

export async function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  const { locale, rest } = splitLocale(url.pathname);
  const isApi = url.pathname.startsWith('/api/');

  if (isPrivate() && !PUBLIC_WHEN_PRIVATE.some((re) => re.test(isApi ? url.pathname : rest))) {
    if (!(await signedIn(request))) {
      if (isApi)
        return NextResponse.json(
          {
            error: {
              code: 'unauthenticated',
              message: 'This atlas is private: sign in or send an API token.',
            },
          },
          {
            status: 401,
            headers: { 'www-authenticate': 'Bearer realm="compact-atlas"', 'cache-control': 'no-store' },
          },
        );
      const signIn = request.nextUrl.clone();
      signIn.pathname = locale && locale !== DEFAULT_LOCALE ? `/${locale}/sign-in` : '/sign-in';
      signIn.search = `?next=${encodeURIComponent(url.pathname + url.search)}`;
      return NextResponse.redirect(signIn, 307);
    }
  }
  if (isApi) return NextResponse.next();

  if (locale === DEFAULT_LOCALE) {
    // One address per page: /en/x is /x.
    url.pathname = rest;
    return NextResponse.redirect(url, 308);
  }

  const embed = isEmbedPath(rest);
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === 'development',
    ...(embed ? { frameAncestors: embedFrameAncestorsFromEnv() } : {}),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  const secure = (res: NextResponse) => {
    res.headers.set('content-security-policy', csp);
    return res;
  };

  if (embed) {
    // The host page chose the language: `lang=` wins over the prefix; no cookie, no redirect.
    const chosen = langParam(url.searchParams) ?? locale ?? DEFAULT_LOCALE;
    // Conditional GET for the page itself (not for the router's own RSC requests, nor when private).
    const cacheable =
      request.method === 'GET' &&
      !isPrivate() &&
      !request.headers.has('rsc') &&
      !request.headers.has('next-router-state-tree');
    // Imported only for embeds: other pages never read the data versions here.
    const cache = cacheable ? await import('./lib/security/embed-cache') : null;
    const etag = cache ? await cache.embedEtag(chosen, rest, url.searchParams, request.headers) : null;
    if (cache && etag && cache.etagMatches(request.headers.get('if-none-match'), etag))
      // No CSP here: the stored copy keeps the policy whose nonce its HTML carries.
      return new NextResponse(null, {
        status: 304,
        headers: { etag, 'cache-control': cache.EMBED_CACHE_CONTROL },
      });
    let res: NextResponse;
    if (chosen === locale) res = NextResponse.next({ request: { headers: requestHeaders } });
    else {
      url.pathname = `/${chosen}${rest}`;
      res = NextResponse.rewrite(url, { request: { headers: requestHeaders } });
    }
    if (cache && etag) {
      res.headers.set('etag', etag);
      res.headers.set('cache-control', cache.EMBED_CACHE_CONTROL);
    }
    return secure(res);
  }
  if (locale) return secure(NextResponse.next({ request: { headers: requestHeaders } }));

  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  const preferred = isLocale(chosen) ? chosen : negotiateLocale(request.headers.get('accept-language'));
  if (preferred !== DEFAULT_LOCALE) {
    url.pathname = `/${preferred}${rest === '/' ? '' : rest}`;
    const res = NextResponse.redirect(url, 307);
    res.headers.set('vary', 'accept-language, cookie');
    return res;
  }
  // Note: with `next start -H <host>`, Next.js 16 treats this same-origin rewrite as external (its
  // request URL says localhost): start the server without -H (see docs/decisions/0003-i18n.md).
  url.pathname = `/${DEFAULT_LOCALE}${rest === '/' ? '' : rest}`;
  const res = NextResponse.rewrite(url, { request: { headers: requestHeaders } });
  res.headers.set('vary', 'accept-language, cookie');
  return secure(res);
}

export const config = {
  // Pages and the API; not Next's own files or static assets.
  matcher: ['/((?!api/|_next/|favicon\\.ico|icon|robots\\.txt|.*\\.[a-zA-Z0-9]{2,5}$).*)', '/api/:path*'],
};
