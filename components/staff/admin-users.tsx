'use client';
// The users page: create an account, change its role, disable, enable or delete it, set a new password.
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import { useHydrated } from '@/components/ui/use-hydrated';
import { ROLES } from '@/lib/auth/roles';
import {
  createUserAction,
  deleteUserAction,
  resetPasswordAction,
  setDisabledAction,
  setRoleAction,
  type AdminResult,
} from '@/lib/server/admin-actions';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  disabled: boolean;
}

export function AdminUsers({ users }: { users: UserRow[] }) {
  const t = useTranslations('staff.admin');
  const hydrated = useHydrated();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const after = (r: AdminResult) => {
    setError(r.ok ? null : r.message);
    if (r.ok) router.refresh();
    return r.ok;
  };
  async function create(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const get = (k: string) => String(f.get(k) ?? '');
    if (
      after(
        await createUserAction({
          email: get('email'),
          name: get('name'),
          role: get('role'),
          password: get('password'),
        }),
      )
    )
      form.reset();
  }
  return (
    <>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('email')}</th>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('password')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.email}</td>
              <td>{u.name}</td>
              <td>
                <select
                  aria-label={`${t('changeRole')}: ${u.email}`}
                  value={u.role}
                  onChange={async (e) => after(await setRoleAction(u.id, e.target.value))}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`roles.${r}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                {u.disabled ? t('disabled') : t('active')}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={async () => after(await setDisabledAction(u.id, !u.disabled))}
                >
                  {u.disabled ? t('enable') : t('disable')}
                  <span className="visually-hidden"> {u.email}</span>
                </button>{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={async () =>
                    window.confirm(t('deleteConfirm', { email: u.email })) &&
                    after(await deleteUserAction(u.id))
                  }
                >
                  {t('delete')}
                  <span className="visually-hidden"> {u.email}</span>
                </button>
              </td>
              <td>
                <form
                  className="inline-form"
                  method="post"
                  onSubmit={async (e) => {
                    e.preventDefault();
                    const form = e.currentTarget;
                    const pw = String(new FormData(form).get('password') ?? '');
                    if (after(await resetPasswordAction(u.id, pw))) form.reset();
                  }}
                >
                  <input
                    name="password"
                    type="password"
                    autoComplete="new-password"
                    aria-label={`${t('newPassword')}: ${u.email}`}
                    minLength={12}
                    required
                  />{' '}
                  <button type="submit" className="button button--small" disabled={!hydrated}>
                    {t('setPassword')}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="staff-form" method="post" onSubmit={create}>
        <h2>{t('create')}</h2>
        {(
          [
            ['email', t('email'), 'email'],
            ['name', t('name'), 'text'],
            ['password', t('password'), 'password'],
          ] as const
        ).map(([name, label, type]) => (
          <p className="field" key={name}>
            <label htmlFor={`new-${name}`}>{label}</label>
            <input id={`new-${name}`} name={name} type={type} required={name !== 'name'} autoComplete="off" />
          </p>
        ))}
        <p className="field">
          <label htmlFor="new-role">{t('role')}</label>
          <select id="new-role" name="role" defaultValue="editor">
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
