import Link from 'next/link';
import { Suspense } from 'react';
import { createTranslator } from 'use-intl/core';
import { localizedPath, type Locale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import type { Principal } from '@/lib/auth/principal';
import { hasRole } from '@/lib/auth/roles';
import { SignOutButton } from '../staff/sign-out-button';
import { LanguageSwitcher } from './language-switcher';

/** Staff links and the signed-in user appear only when someone is signed in: readers see none of it. */
function StaffBar({ locale, user }: { locale: Locale; user: Principal }) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'staff.header' });
  const link = (path: string, label: string) => (
    <li>
      <Link href={localizedPath(locale, path)}>{label}</Link>
    </li>
  );
  return (
    <div className="staff-bar">
      <ul className="staff-bar__links">
        {hasRole(user.role, 'editor') ? link('/records/new', t('newRecord')) : null}
        {hasRole(user.role, 'editor') ? link('/import', t('import')) : null}
        {hasRole(user.role, 'admin') ? link('/admin/users', t('users')) : null}
        {hasRole(user.role, 'admin') ? link('/admin/tokens', t('tokens')) : null}
      </ul>
      <span className="staff-bar__user">{t('signedInAs', { name: user.label })}</span>
      <SignOutButton />
    </div>
  );
}

export function SiteHeader({ locale, user = null }: { locale: Locale; user?: Principal | null }) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'nav' });
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={localizedPath(locale, '/')} className="brand" aria-label={t('home')}>
          <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28" className="brand__mark">
            <circle cx="16" cy="16" r="14" fill="none" stroke="currentColor" strokeWidth="2.5" />
            <path
              d="M4 16h24M16 2c4 4 6 9 6 14s-2 10-6 14c-4-4-6-9-6-14s2-10 6-14z"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            />
          </svg>
          <span>Compact Atlas</span>
        </Link>
        <nav aria-label={t('main')} className="main-nav">
          <ul>
            <li>
              <Link href={localizedPath(locale, '/')}>{t('overview')}</Link>
            </li>
            <li>
              <a href="/api/v1/openapi.json">{t('api')}</a>
            </li>
          </ul>
        </nav>
        <Suspense>
          <LanguageSwitcher />
        </Suspense>
      </div>
      {user ? <StaffBar locale={locale} user={user} /> : null}
    </header>
  );
}
