'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from '@/lib/i18n/translations';

export function SignOutButton() {
  const t = useTranslations('staff.header');
  const router = useRouter();
  async function signOut() {
    await fetch('/api/auth/sign-out', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    router.push('/');
    router.refresh();
  }
  return (
    <button type="button" className="link-button" onClick={signOut}>
      {t('signOut')}
    </button>
  );
}
