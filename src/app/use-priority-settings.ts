import { useMemo } from 'react'
import type { UrlRejection } from '../lib/define-url-state.ts'
import type { PrioritySettings } from '../priority/priority-settings.ts'
import { definePrioritySettings, type PriorityUrlContext } from '../priority/priority-url.ts'
import { useUrlState } from './use-url-state.ts'

/** The priority settings, how to change them, and the URL values that were ignored. */
export interface PrioritySettingsController {
  settings: PrioritySettings
  update: (change: (current: PrioritySettings) => PrioritySettings) => void
  notices: UrlRejection[]
  dismissNotices: () => void
}

/**
 * The settings in the link (`definePrioritySettings`, through `useUrlState`): read once (invalid values
 * fall back with a notice) and mirrored back without a history entry, so a copied link reproduces the
 * ranking.
 */
export function usePrioritySettings(context: PriorityUrlContext): PrioritySettingsController {
  const codec = useMemo(() => definePrioritySettings(context), [context])
  const { state, update, rejected, dismissRejected } = useUrlState(codec)
  return { settings: state, update, notices: rejected, dismissNotices: dismissRejected }
}
