// The Content-Security-Policy of every page: scripts only from this site and with this request's nonce
// (Next.js puts it on its own inline scripts), nothing framed, no plugins, forms posting only here.
// Styles allow inline attributes: charts position marks with style="…", which a nonce cannot cover.
// `frameAncestors` opens framing for embeds (lib/security/frame-ancestors.ts); pages keep 'none'.
export function contentSecurityPolicy(
  nonce: string,
  opts: { dev?: boolean; frameAncestors?: string } = {},
): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors ${opts.frameAncestors ?? "'none'"}`,
  ].join('; ');
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
