'use client';
import { useTranslations } from 'use-intl/react';

export function SignOutButton() {
  const t = useTranslations('staff.header');
  async function signOut() {
    await fetch('/api/auth/sign-out', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    window.location.assign('/');
  }
  return (
    <button type="button" className="link-button" onClick={signOut}>
      {t('signOut')}
    </button>
  );
}
