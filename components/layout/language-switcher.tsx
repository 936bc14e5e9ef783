'use client';
// Switches the interface language and keeps the current view: same page, same filters.
import { usePathname, useSearchParams } from 'next/navigation';
import { useLocale } from 'use-intl/react';
import { useTranslations } from '@/lib/i18n/translations';
import {
  dirOf,
  LOCALE_COOKIE,
  LOCALE_NAMES as NAMES,
  LOCALES,
  localizedPath,
  splitLocale,
  type Locale,
} from '@/lib/i18n/config';

export function LanguageSwitcher() {
  const t = useTranslations('nav');
  const current = useLocale() as Locale;
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const { rest } = splitLocale(pathname);

  return (
    <nav aria-label={t('language')} className="lang-switch">
      <ul>
        {LOCALES.map((l) => (
          <li key={l}>
            {l === current ? (
              <span aria-current="true" lang={l} dir={dirOf(l)}>
                {NAMES[l]}
              </span>
            ) : (
              <a
                href={`${localizedPath(l, rest)}${query ? `?${query}` : ''}`}
                hrefLang={l}
                lang={l}
                dir={dirOf(l)}
                onClick={() => {
                  document.cookie = `${LOCALE_COOKIE}=${l}; path=/; max-age=31536000; samesite=lax`;
                }}
              >
                {NAMES[l]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
