import type { ActorDetail } from '@/lib/domain/api';

const ORDER = ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'vi'] as const;

/** The actor's names in the other languages we hold, each marked with its language. */
export function ActorNames({ actor, locale, label }: { actor: ActorDetail; locale: string; label: string }) {
  const names = ORDER.filter((l) => actor.names[l] && actor.names[l] !== actor.name).map(
    (l) => [l, actor.names[l]!] as const,
  );
  if (!names.length) return null;
  const display = new Intl.DisplayNames([locale], { type: 'language' });
  return (
    <dl className="names">
      <dt className="visually-hidden">{label}</dt>
      {names.map(([l, n]) => (
        <dd key={l}>
          <span className="names__lang">{display.of(l)}</span>{' '}
          <bdi lang={l} dir={l === 'ar' ? 'rtl' : 'ltr'}>
            {n}
          </bdi>
        </dd>
      ))}
    </dl>
  );
}
