import type { Metadata } from 'next';
import { createTranslator } from 'use-intl/core';
import { AdminUsers } from '@/components/staff/admin-users';
import { listStaffUsers } from '@/lib/auth/users';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { getDb } from '@/lib/server/db';
import { requireStaff } from '@/lib/server/editor-page';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw } = await params;
  return { title: MESSAGES[isLocale(raw) ? raw : 'en'].staff.admin.usersTitle, robots: { index: false } };
}

export default async function AdminUsersPage({ params }: Props) {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'en';
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'staff.admin' });
  const { allowed } = await requireStaff(locale, '/admin/users', 'admin');
  if (!allowed) return <p className="form-error">{t('denied')}</p>;
  return (
    <div className="staff-page">
      <h1>{t('usersTitle')}</h1>
      <AdminUsers
        users={(await listStaffUsers(getDb().db)).map((u) => ({
          id: u.id,
          email: u.email,
          name: u.name,
          role: u.role,
          disabled: u.disabled,
        }))}
      />
    </div>
  );
}
