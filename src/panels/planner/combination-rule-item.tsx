import { type ReactElement, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_RULE_REASON_LENGTH, type ProgramPair } from '../../data/planner/combination-rules.ts'
import { SaveError, SaveProgress } from './save-feedback.tsx'
import { useSaveState } from './use-save-state.ts'

/** "BLT_DD" → "BLT-DD". */
export function programName(code: string): string {
  return code.replaceAll('_', '-')
}

/**
 * One pair of programs: allowed or not, and why; a reason field and one button that turns the rule
 * around (not allowed ↔ allowed) with that reason.
 */
export function CombinationRuleItem({
  pair,
  onChange,
}: {
  pair: ProgramPair
  onChange: (diizinkan: boolean, alasan: string) => Promise<void>
}): ReactElement {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const { state, save } = useSaveState()
  const name = pair.programs.map(programName).join(' + ')
  const key = pair.programs.join('+')

  const toggle = () =>
    save(async () => {
      await onChange(!pair.diizinkan, reason)
      setReason('')
    })

  return (
    <li
      className="rule-item"
      data-testid="combination-rule"
      data-pair={key}
      data-allowed={String(pair.diizinkan)}
    >
      <p className="rule-item__head">
        <strong>{name}</strong>{' '}
        <span className={`planner-status rule-status--${pair.diizinkan ? 'yes' : 'no'}`}>
          {pair.diizinkan ? t('planner.rules.allowed') : t('planner.rules.notAllowed')}
        </span>
      </p>
      <p className="planner-banner__meta">
        {pair.rule === null ? t('planner.rules.noRule') : pair.alasan || t('planner.rules.noReason')}
      </p>
      <div className="review-pair__actions">
        <label className="planner-field review-pair__note">
          <span>{t('planner.rules.reason', { pair: name })}</span>
          <input
            maxLength={MAX_RULE_REASON_LENGTH}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
        <button
          type="button"
          className="button button--secondary"
          disabled={state.kind === 'saving'}
          onClick={() => void toggle()}
        >
          {pair.diizinkan
            ? t('planner.rules.disallow', { pair: name })
            : t('planner.rules.allow', { pair: name })}
        </button>
        <SaveProgress state={state} saving={t('planner.rules.saving')} saved={t('planner.rules.saved')} />
      </div>
      <SaveError state={state} messageKey="planner.rules.error" />
    </li>
  )
}
