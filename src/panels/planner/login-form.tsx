import { type FormEvent, type ReactElement, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PlannerAlert } from './planner-alert.tsx'

/** E-mail + password sign-in, or a magic link; shows why the planner is here (an expired session). */
export function LoginForm({
  notice,
  onSignIn,
  onMagicLink,
}: {
  notice: 'expired' | null
  onSignIn: (email: string, password: string) => Promise<void>
  onMagicLink: (email: string) => Promise<void>
}): ReactElement {
  const { t } = useTranslation()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [isBusy, setIsBusy] = useState(false)
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null)

  const run = async (work: () => Promise<void>, success?: string) => {
    setIsBusy(true)
    setMessage(null)
    try {
      await work()
      if (success) setMessage({ kind: 'info', text: success })
    } catch (error) {
      setMessage({ kind: 'error', text: t('planner.auth.failed', { message: (error as Error).message }) })
    } finally {
      setIsBusy(false)
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    void run(() => onSignIn(email, password))
  }

  return (
    <form className="planner-card planner-login" onSubmit={onSubmit} data-testid="login-form">
      <h2>{t('planner.auth.title')}</h2>
      <p>{t('planner.auth.body')}</p>
      {notice === 'expired' && <PlannerAlert>{t('planner.auth.expired')}</PlannerAlert>}
      <label className="planner-field">
        <span>{t('planner.auth.email')}</span>
        <input
          type="email"
          required
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </label>
      <label className="planner-field">
        <span>{t('planner.auth.password')}</span>
        <input
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <div className="planner-banner__actions">
        <button type="submit" className="button" disabled={isBusy || !email || !password}>
          {isBusy ? t('planner.auth.signingIn') : t('planner.auth.signIn')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={isBusy || !email}
          onClick={() => void run(() => onMagicLink(email), t('planner.auth.magicLinkSent', { email }))}
        >
          {t('planner.auth.magicLink')}
        </button>
      </div>
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'planner-error' : ''}
        >
          {message.text}
        </p>
      )}
    </form>
  )
}
