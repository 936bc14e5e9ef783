// Ids people need not invent: a record's id from its date and title, a source's from its address (or
// publisher and title). The form, the write API and the import fill in blank ids the same way.
import { fold } from '../text/fold';

export function slugify(text: string, max = 80): string {
  const s = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/, '');
}

/** A short, stable hash (FNV-1a, 32 bits) as 7 base-36 characters: the same input, the same id. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

export function suggestRecordId(date: string, title: string): string {
  const base = [date.trim(), slugify(title, 70)].filter(Boolean).join('-');
  return slugify(base, 100) || `record-${shortHash(title)}`;
}

export function suggestSourceId(s: { url?: string | null; publisher?: string; title?: string }): string {
  if (s.url?.trim()) {
    try {
      const u = new URL(s.url.trim());
      return `${slugify(u.hostname.replace(/^www\./, ''), 40)}-${shortHash(u.href)}`;
    } catch {
      // Not a URL: fall through to publisher and title; validation reports the address.
    }
  }
  const base = slugify(`${s.publisher ?? ''} ${s.title ?? ''}`, 60) || 'source';
  return `${base}-${shortHash(`${s.publisher ?? ''}|${s.title ?? ''}`)}`;
}

type Loose = Record<string, unknown>;
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && !v.trim());

/** Fills blank record and source ids in raw input (before validation); leaves everything else. */
export function withDefaultIds(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const r = { ...(raw as Loose) };
  if (blank(r.id) && typeof r.date === 'string' && typeof r.title === 'string')
    r.id = suggestRecordId(r.date, r.title);
  if (Array.isArray(r.sources))
    r.sources = r.sources.map((entry: unknown) => {
      if (!entry || typeof entry !== 'object') return entry;
      const e = entry as Loose;
      const src = e.source && typeof e.source === 'object' ? { ...(e.source as Loose) } : null;
      if (src && blank(src.id))
        src.id = suggestSourceId({
          url: typeof src.url === 'string' ? src.url : null,
          publisher: typeof src.publisher === 'string' ? src.publisher : '',
          title: typeof src.title === 'string' ? src.title : '',
        });
      return src ? { ...e, source: src } : e;
    });
  return r;
}
