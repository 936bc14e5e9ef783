// Locale routing. English pages live at unprefixed paths (rewritten internally to /en/...); other
// locales carry a prefix. On a first visit (no language cookie) an unprefixed page follows the
// browser's preferred language; an explicit choice in the language switcher sets the cookie.
import { NextResponse, type NextRequest } from 'next/server';
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, negotiateLocale, splitLocale } from './lib/i18n/config';

export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  const { locale, rest } = splitLocale(url.pathname);

  if (locale === DEFAULT_LOCALE) {
    // One address per page: /en/x is /x.
    url.pathname = rest;
    return NextResponse.redirect(url, 308);
  }
  if (locale) return NextResponse.next();

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
  const res = NextResponse.rewrite(url);
  res.headers.set('vary', 'accept-language, cookie');
  return res;
}

export const config = {
  // Pages only: not the API, Next's own files or static assets.
  matcher: ['/((?!api/|_next/|favicon\\.ico|icon|robots\\.txt|.*\\.[a-zA-Z0-9]{2,5}$).*)'],
};
