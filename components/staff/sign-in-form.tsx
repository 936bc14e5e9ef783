'use client';
// Posts to better-auth's sign-in endpoint from the browser (so its rate limit applies), then goes to
// the page that sent the reader here.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import { useHydrated } from '@/components/ui/use-hydrated';

export function SignInForm({ next, oidcName }: { next: string; oidcName: string | null }) {
  const t = useTranslations('staff.signIn');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const errorRef = useRef<HTMLParagraphElement>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    const res = await fetch('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
    });
    setBusy(false);
    if (res.ok) {
      window.location.assign(next);
      return;
    }
    setError(res.status === 429 ? t('tooMany') : t('failed'));
    requestAnimationFrame(() => errorRef.current?.focus());
  }

  async function oidc() {
    const res = await fetch('/api/auth/sign-in/oauth2', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ providerId: 'oidc', callbackURL: next }),
    });
    const body = (await res.json().catch(() => null)) as { url?: string } | null;
    if (body?.url) window.location.assign(body.url);
    else setError(t('failed'));
  }

  return (
    <form className="staff-form" method="post" onSubmit={submit} noValidate>
      {error ? (
        <p className="form-error" role="alert" tabIndex={-1} ref={errorRef} id="sign-in-error">
          {error}
        </p>
      ) : null}
      <p className="field">
        <label htmlFor="email">{t('email')}</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
      </p>
      <p className="field">
        <label htmlFor="password">{t('password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </p>
      <p>
        <button type="submit" className="button button--primary" disabled={busy || !hydrated}>
          {busy ? t('working') : t('submit')}
        </button>
      </p>
      {oidcName ? (
        <p>
          <button type="button" className="button" onClick={oidc}>
            {t('oidc', { provider: oidcName })}
          </button>
        </p>
      ) : null}
    </form>
  );
}
