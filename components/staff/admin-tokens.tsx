'use client';
// The API tokens page: create a token (shown once), see when each was last used, revoke it.
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import { useHydrated } from '@/components/ui/use-hydrated';
import { ROLES } from '@/lib/auth/roles';
import { createTokenAction, revokeTokenAction, type AdminResult } from '@/lib/server/admin-actions';

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  role: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdBy: string | null;
}

export function AdminTokens({ tokens }: { tokens: TokenRow[] }) {
  const t = useTranslations('staff.admin');
  const hydrated = useHydrated();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const after = (r: AdminResult) => {
    setError(r.ok ? null : r.message);
    if (r.ok) router.refresh();
    return r;
  };
  async function create(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const r = after(await createTokenAction(String(f.get('name') ?? ''), String(f.get('role') ?? 'editor')));
    setCreated(r.ok && 'token' in r ? (r.token ?? null) : null);
  }
  return (
    <>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {created ? (
        <p className="callout" role="status">
          {t('tokenCreated')} <code className="token">{created}</code>
        </p>
      ) : null}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('tokenName')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('created')}</th>
            <th scope="col">{t('lastUsed')}</th>
            <th scope="col">{t('status')}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((k) => (
            <tr key={k.id}>
              <td>
                {k.name} <code>{k.prefix}…</code>
              </td>
              <td>{t(`roles.${k.role as 'viewer'}`)}</td>
              <td>
                {k.createdAt.slice(0, 10)} {k.createdBy ?? ''}
              </td>
              <td>{k.lastUsedAt ? k.lastUsedAt.slice(0, 16).replace('T', ' ') : t('never')}</td>
              <td>
                {k.revokedAt ? (
                  t('revoked')
                ) : (
                  <button
                    type="button"
                    className="link-button"
                    onClick={async () => after(await revokeTokenAction(k.id))}
                  >
                    {t('revoke')}
                    <span className="visually-hidden"> {k.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="staff-form" method="post" onSubmit={create}>
        <h2>{t('create')}</h2>
        <p className="field">
          <label htmlFor="token-name">{t('tokenName')}</label>
          <input id="token-name" name="name" required />
        </p>
        <p className="field">
          <label htmlFor="token-role">{t('role')}</label>
          <select id="token-role" name="role" defaultValue="editor">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </p>
        <p>
          <button type="submit" className="button button--primary" disabled={!hydrated}>
            {t('create')}
          </button>
        </p>
      </form>
    </>
  );
}
