import { useLayoutEffect, useState } from 'react'
import type { PrioritySettings } from '../priority/priority-settings.ts'
import {
  decodePrioritySettings,
  encodePrioritySettings,
  type PriorityUrlContext,
} from '../priority/priority-url.ts'
import type { UrlNotice } from '../state/url-state.ts'

/** The priority settings, how to change them, and the URL values that were ignored. */
export interface PrioritySettingsController {
  settings: PrioritySettings
  update: (change: (current: PrioritySettings) => PrioritySettings) => void
  notices: UrlNotice[]
  dismissNotices: () => void
}

/**
 * Reads the settings from the URL once (invalid values fall back with a notice) and mirrors every
 * change back into the address bar without a history entry, so a copied link reproduces the ranking.
 */
export function usePrioritySettings(context: PriorityUrlContext): PrioritySettingsController {
  const [initial] = useState(() => {
    const decoded = decodePrioritySettings(window.location.search, context)
    if (decoded.notices.length > 0) {
      console.warn(
        'Ignored URL parameters:',
        decoded.notices.map((notice) => `${notice.key}=${notice.value}`),
      )
    }
    return decoded
  })
  const [settings, setSettings] = useState(initial.settings)
  const [notices, setNotices] = useState(initial.notices)
  const { defaults } = context

  // A layout effect: the address bar changes in the same task as the screen, so a link copied (or a
  // reload made) right after a change already holds it.
  useLayoutEffect(() => {
    const { search, pathname, hash } = window.location
    const next = encodePrioritySettings(settings, defaults, search)
    if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`)
  }, [settings, defaults])

  return {
    settings,
    update: setSettings,
    notices,
    dismissNotices: () => setNotices([]),
  }
}
