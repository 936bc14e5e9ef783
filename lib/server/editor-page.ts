import 'server-only';
// What the record editor pages need: the signed-in editor (or a redirect to sign in), the pick-lists in
// the page's language, and the record being edited.
import { redirect } from 'next/navigation';
import { hasRole } from '../auth/roles';
import type { Lang } from '../domain/api';
import { localizedPath, type Locale } from '../i18n/config';
import { MESSAGES } from '../i18n/messages';
import { nameIn, nameSelect } from './dto';
import { currentPrincipal } from './auth';
import { getDb } from './db';
import { filterOptions } from './queries/options';

export async function requireStaff(locale: Locale, path: string, min: 'editor' | 'admin' = 'editor') {
  const user = await currentPrincipal();
  if (!user)
    redirect(`${localizedPath(locale, '/sign-in')}?next=${encodeURIComponent(localizedPath(locale, path))}`);
  return { user, allowed: hasRole(user.role, min) };
}

export async function editorOptions(locale: Locale) {
  const db = getDb().db;
  const [opts, places] = await Promise.all([
    filterOptions(db, locale as Lang),
    db.place.findMany({ select: { id: true, ...nameSelect } }),
  ]);
  const actorNames: Record<string, string> = {};
  for (const a of [...opts.countries, ...opts.organisations]) actorNames[a.id] = a.name;
  // The article assistant names organisations the way articles do: "World Trade Organization (WTO)".
  const actorAcronyms: Record<string, string> = {};
  for (const a of opts.organisations) if (a.acronym) actorAcronyms[a.id] = a.acronym;
  return {
    places: places
      .map((p) => ({ id: p.id, name: nameIn(p, locale as Lang) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
    topics: opts.topics,
    objectives: opts.objectives.map((o) => ({ number: o.number, short: o.short })),
    actorNames,
    actorAcronyms,
    kindLabels: MESSAGES[locale].kinds as Record<string, string>,
  };
}
