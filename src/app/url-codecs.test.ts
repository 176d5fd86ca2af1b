import { describe, expect, it } from 'vitest'
import { defineDanaDesaView } from '../dana-desa/simulator-url.ts'
import type { UrlState } from '../lib/define-url-state.ts'
import { defaultPrioritySettings } from '../priority/priority-settings.ts'
import { definePrioritySettings } from '../priority/priority-url.ts'
import { EXPLORER_TAB } from '../state/explorer-tab.ts'
import { defineProfileView } from '../state/profile-view.ts'
import { PROGRAM_VIEW } from '../state/program-view.ts'
import { defineViewState } from '../state/url-state.ts'
import { DEFAULT_VIEW_STATE } from '../state/view-state.ts'

const YEARS = [2023, 2024, 2025]

/** Every screen's codec, as its hook builds it once the data is known. */
const CODECS = [
  {
    screen: 'explorer',
    codec: defineViewState({
      indicatorIds: ['persen_kk_desil_1_4'],
      years: YEARS,
      defaults: { ...DEFAULT_VIEW_STATE, indicator: 'persen_kk_desil_1_4', tahun: 2025 },
      yearsOf: () => YEARS,
      isPublished: true,
    }),
  },
  { screen: 'explorer tab', codec: EXPLORER_TAB },
  { screen: 'village profile', codec: defineProfileView(YEARS) },
  {
    screen: 'priority',
    codec: definePrioritySettings({
      years: YEARS,
      kecamatanCodes: ['64.08.01'],
      villageCodes: ['64.08.01.2001'],
      defaults: defaultPrioritySettings(2025),
    }),
  },
  { screen: 'Dana Desa', codec: defineDanaDesaView(YEARS) },
  { screen: 'program', codec: PROGRAM_VIEW },
] as { screen: string; codec: UrlState<unknown> }[]

describe.each(CODECS)('the $screen link', ({ codec }) => {
  it('leaves lang and e2e to the app, where they stood', () => {
    const search = codec.encode(codec.defaults, '?lang=en&e2e')
    expect(search.startsWith('?lang=en&e2e=')).toBe(true)
    expect(codec.decode('?lang=en&e2e').rejected).toEqual([])
  })

  it('reads back what it writes for its defaults', () => {
    expect(codec.decode(codec.encode(codec.defaults))).toEqual({ state: codec.defaults, rejected: [] })
  })

  it('names the year `tahun` if it holds one, and reads a link of the old key `t` as the same year', () => {
    expect(codec.keys).not.toContain('t')
    if (!codec.keys.includes('tahun')) return
    expect(codec.decode('?t=2024')).toEqual(codec.decode('?tahun=2024'))
    expect(codec.encode(codec.decode('?t=2024').state, '?t=2024')).not.toMatch(/[?&]t=/)
  })
})

it('gives the explorer and its tab keys of their own, so one never writes over the other', () => {
  const [view, tab] = CODECS
  expect(view?.codec.keys.filter((key) => tab?.codec.keys.includes(key))).toEqual([])
})
