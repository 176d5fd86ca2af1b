import { type FormEvent, type ReactElement, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FOLLOW_UP_STATUSES, type FollowUpStatus, MAX_NOTE_LENGTH } from '../../data/planner/follow-up.ts'
import { SaveError, SaveProgress } from './save-feedback.tsx'
import { useSaveState } from './use-save-state.ts'

/**
 * A new follow-up for the village: status and note. The database signs it: `author` is the signed-in
 * planner's e-mail on Supabase, or null in local mode, where the database signs as this device.
 */
export function FollowUpForm({
  author,
  initialStatus,
  onSave,
}: {
  author: string | null
  initialStatus: FollowUpStatus
  onSave: (status: FollowUpStatus, note: string) => Promise<void>
}): ReactElement {
  const { t } = useTranslation()
  const [status, setStatus] = useState<FollowUpStatus>(initialStatus)
  const [note, setNote] = useState('')
  const { state, save } = useSaveState()
  const signer = author ?? t('planner.followUp.thisDevice')

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    await save(async () => {
      await onSave(status, note)
      setNote('')
    })
  }

  return (
    <form className="planner-form" onSubmit={(event) => void onSubmit(event)} data-testid="follow-up-form">
      <fieldset className="planner-field">
        <legend>{t('planner.followUp.status')}</legend>
        {FOLLOW_UP_STATUSES.map((value) => (
          <label key={value} className="planner-radio">
            <input
              type="radio"
              name="follow-up-status"
              value={value}
              checked={status === value}
              onChange={() => setStatus(value)}
            />
            {t(`planner.followUp.${value}`)}
          </label>
        ))}
      </fieldset>
      <label className="planner-field">
        <span>{t('planner.followUp.note')}</span>
        <textarea
          rows={3}
          maxLength={MAX_NOTE_LENGTH}
          value={note}
          placeholder={t('planner.followUp.notePlaceholder')}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      <p className="planner-field" data-testid="follow-up-author">
        {t('planner.followUp.author', { author: signer })}
      </p>
      <div className="planner-banner__actions">
        <button type="submit" className="button" disabled={state.kind === 'saving'}>
          {state.kind === 'saving' ? t('planner.followUp.saving') : t('planner.followUp.save')}
        </button>
        <SaveProgress state={state} saved={t('planner.followUp.saved')} />
      </div>
      <SaveError state={state} messageKey="planner.followUp.error" />
    </form>
  )
}
