// Who may frame a page. Embeds (/embed/...) may be framed by any site unless EMBED_ALLOWED_ORIGINS
// names a list; every other page refuses framing ('none', plus X-Frame-Options: DENY from
// next.config.js). Read on every request, so a restart is not needed to change the list when the
// environment is reloaded (and tests can set it).

/** A path (locale prefix removed) that is an embed and may be framed. */
export function isEmbedPath(rest: string): boolean {
  return rest === '/embed' || rest.startsWith('/embed/');
}

/**
 * The CSP frame-ancestors sources for embeds, from a comma- or space-separated list of origins.
 * Unset, empty or `*`: any site. Entries that are not an http(s) origin (a path, a query, another
 * scheme, a stray quote that could break out of the header) are dropped; if none is left, only this
 * site may frame its embeds, so a typo never opens them wider than intended.
 */
export function embedFrameAncestors(list: string | undefined): { sources: string; rejected: string[] } {
  const entries = (list ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0 || entries.includes('*')) return { sources: '*', rejected: [] };
  const origins: string[] = [];
  const rejected: string[] = [];
  for (const entry of entries) {
    const origin = originOf(entry);
    if (origin) {
      if (!origins.includes(origin)) origins.push(origin);
    } else rejected.push(entry);
  }
  return { sources: ["'self'", ...origins].join(' '), rejected };
}

// https://example.org, http://localhost:8080 and https://*.example.org (CSP's subdomain wildcard).
const ORIGIN = /^(https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(\d{1,5}))?\/?$/i;

function originOf(entry: string): string | null {
  const m = ORIGIN.exec(entry);
  if (!m) return null;
  const [, scheme, wildcard = '', host, port] = m;
  if (port !== undefined && Number(port) > 65535) return null;
  return `${scheme!.toLowerCase()}://${wildcard}${host!.toLowerCase()}${port ? `:${port}` : ''}`;
}

let warned = '';
/** frame-ancestors for embeds from the environment, warning once about entries it had to drop. */
export function embedFrameAncestorsFromEnv(): string {
  const raw = process.env.EMBED_ALLOWED_ORIGINS;
  const { sources, rejected } = embedFrameAncestors(raw);
  if (rejected.length && warned !== raw) {
    warned = raw ?? '';
    console.warn(`[embeds] EMBED_ALLOWED_ORIGINS: ignoring ${rejected.join(', ')} (not an http(s) origin)`);
  }
  return sources;
}
