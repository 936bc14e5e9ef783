// Where an actor, topic or objective lives in the product.
import type { ActorRef } from '@/lib/domain/api';
import { localizedPath, type Locale } from '@/lib/i18n/config';

export function actorHref(locale: Locale, a: Pick<ActorRef, 'id' | 'kind'>): string {
  return localizedPath(
    locale,
    a.kind === 'state' ? `/countries/${a.id}` : `/organisations/${encodeURIComponent(a.id)}`,
  );
}

export function objectiveHref(locale: Locale, n: number): string {
  return localizedPath(locale, `/commitments/gcm/${n}`);
}
