import type { Metadata } from 'next';
import { createTranslator } from 'use-intl/core';
import { AdminTokens } from '@/components/staff/admin-tokens';
import { listApiTokens } from '@/lib/auth/tokens';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { getDb } from '@/lib/server/db';
import { requireStaff } from '@/lib/server/editor-page';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw } = await params;
  return { title: MESSAGES[isLocale(raw) ? raw : 'en'].staff.admin.tokensTitle, robots: { index: false } };
}

export default async function AdminTokensPage({ params }: Props) {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'en';
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'staff.admin' });
  const { allowed } = await requireStaff(locale, '/admin/tokens', 'admin');
  if (!allowed) return <p className="form-error">{t('denied')}</p>;
  return (
    <div className="staff-page">
      <h1>{t('tokensTitle')}</h1>
      <AdminTokens
        tokens={(await listApiTokens(getDb().db)).map((k) => ({
          ...k,
          createdAt: k.createdAt.toISOString(),
          lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
          revokedAt: k.revokedAt?.toISOString() ?? null,
        }))}
      />
    </div>
  );
}
