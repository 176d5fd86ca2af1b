import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { PlannerAlert } from './planner-alert.tsx'
import type { SaveState } from './use-save-state.ts'

/**
 * The status line beside a save button: the text for the state it is in (`saving`, `saved`), or nothing
 * when that state has no text here (a form may say "saving" on the button itself).
 */
export function SaveProgress({
  state,
  saving,
  saved,
}: {
  state: SaveState
  saving?: string
  saved?: string
}): ReactElement | null {
  const text = state.kind === 'saving' ? saving : state.kind === 'saved' ? saved : undefined
  return text === undefined ? null : <span role="status">{text}</span>
}

/** The alert under a form whose save failed: the i18n text `messageKey` with the failure's `message`. */
export function SaveError({
  state,
  messageKey,
}: {
  state: SaveState
  messageKey: string
}): ReactElement | null {
  const { t } = useTranslation()
  return state.kind === 'error' ? (
    <PlannerAlert>{t(messageKey, { message: state.message })}</PlannerAlert>
  ) : null
}
