// An organisation's acronym in each interface language, read from its aliases (`fr:OIM`, `es:ACNUR`):
// the seed and the import store them in the actor's acronym_fr/es/ar columns. A language without its
// own acronym shows the English one (lib/server/dto.ts), as Arabic text usually does (IOM, UNHCR).

/** An alias written as an acronym: capitals, optionally with hyphens (OIM, CEE-ONU). */
export function isAcronym(alias: string): boolean {
  return /^[A-Z][A-Z-]{1,9}$/.test(alias);
}

export interface LocalAcronyms {
  acronymFr: string | null;
  acronymEs: string | null;
  acronymAr: string | null;
}

/** The first acronym alias in French, Spanish and Arabic. */
export function localAcronyms(aliases: ReadonlyArray<{ lang: string; alias: string }>): LocalAcronyms {
  const first = (lang: string) => aliases.find((a) => a.lang === lang && isAcronym(a.alias))?.alias ?? null;
  return { acronymFr: first('fr'), acronymEs: first('es'), acronymAr: first('ar') };
}
