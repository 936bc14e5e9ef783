import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { createTranslator } from 'use-intl/core';
import { SignInForm } from '@/components/staff/sign-in-form';
import { oidcConfigured } from '@/lib/auth/auth';
import { isLocale, localizedPath, type Locale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { currentPrincipal, isPrivate } from '@/lib/server/auth';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'en';
  return { title: MESSAGES[locale].staff.signIn.title, robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'en';
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'staff.signIn' });
  const { next } = await searchParams;
  // Only a path on this site: never an absolute address someone slipped into the link.
  const target = next && /^\/(?!\/)/.test(next) ? next : localizedPath(locale, '/');
  if (await currentPrincipal()) redirect(target);
  return (
    <div className="staff-page staff-page--narrow">
      <h1>{t('title')}</h1>
      <p className="lead">{isPrivate() ? t('private') : t('lead')}</p>
      <SignInForm next={target} oidcName={oidcConfigured() ? process.env.OIDC_NAME || 'SSO' : null} />
    </div>
  );
}
