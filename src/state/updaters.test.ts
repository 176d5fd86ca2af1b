import { describe, expect, it } from 'vitest'
import { updateViewState, type ViewAction } from './updaters.ts'
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state.ts'

function makeState(change: Partial<ViewState> = {}): ViewState {
  return { ...DEFAULT_VIEW_STATE, ...change }
}

describe('updateViewState()', () => {
  it.each<{ name: string; before: ViewState; action: ViewAction; after: ViewState }>([
    {
      name: 'set-indicator shows the new indicator with its own classification',
      before: makeState({ classification: { method: 'jenks', classes: 7 } }),
      action: { type: 'set-indicator', indicator: 'persen_kk_desil_1_4' },
      after: makeState({ indicator: 'persen_kk_desil_1_4', classification: null }),
    },
    {
      name: 'set-year changes the year',
      before: makeState({ tahun: 2023 }),
      action: { type: 'set-year', tahun: 2022 },
      after: makeState({ tahun: 2022 }),
    },
    {
      name: 'set-year drops a compare year equal to the new year',
      before: makeState({ tahun: 2023, compareTahun: 2022 }),
      action: { type: 'set-year', tahun: 2022 },
      after: makeState({ tahun: 2022, compareTahun: null }),
    },
    {
      name: 'set-compare-year starts a comparison',
      before: makeState({ tahun: 2023 }),
      action: { type: 'set-compare-year', compareTahun: 2021 },
      after: makeState({ tahun: 2023, compareTahun: 2021 }),
    },
    {
      name: 'set-compare-year with the shown year stops comparing',
      before: makeState({ tahun: 2023, compareTahun: 2021 }),
      action: { type: 'set-compare-year', compareTahun: 2023 },
      after: makeState({ tahun: 2023, compareTahun: null }),
    },
    {
      name: 'set-compare-mode shows the comparison side by side',
      before: makeState({ tahun: 2023, compareTahun: 2021 }),
      action: { type: 'set-compare-mode', compareMode: 'split' },
      after: makeState({ tahun: 2023, compareTahun: 2021, compareMode: 'split' }),
    },
    {
      name: 'set-classification uses a valid classification',
      before: makeState(),
      action: { type: 'set-classification', classification: { method: 'manual', breaks: [10, 20] } },
      after: makeState({ classification: { method: 'manual', breaks: [10, 20] } }),
    },
    {
      name: 'set-classification back to null restores the default classification',
      before: makeState({ classification: { method: 'pretty', classes: 5 } }),
      action: { type: 'set-classification', classification: null },
      after: makeState({ classification: null }),
    },
    {
      name: 'set-level to districts turns a selected village into its district',
      before: makeState({ level: 'desa', selected: '64.08.04.2011' }),
      action: { type: 'set-level', level: 'kecamatan' },
      after: makeState({ level: 'kecamatan', selected: '64.08.04' }),
    },
    {
      name: 'set-level to villages drops a selected district',
      before: makeState({ level: 'kecamatan', selected: '64.08.04' }),
      action: { type: 'set-level', level: 'desa' },
      after: makeState({ level: 'desa', selected: null }),
    },
    {
      name: 'set-level without a selection only changes the level',
      before: makeState(),
      action: { type: 'set-level', level: 'kecamatan' },
      after: makeState({ level: 'kecamatan' }),
    },
    {
      name: 'select selects a village',
      before: makeState(),
      action: { type: 'select', code: '64.08.04.2011' },
      after: makeState({ selected: '64.08.04.2011' }),
    },
    {
      name: 'select with null clears the selection',
      before: makeState({ selected: '64.08.04.2011' }),
      action: { type: 'select', code: null },
      after: makeState(),
    },
    {
      name: 'select selects a district at the district level',
      before: makeState({ level: 'kecamatan' }),
      action: { type: 'select', code: '64.08.05' },
      after: makeState({ level: 'kecamatan', selected: '64.08.05' }),
    },
    {
      name: 'set-camera stores the camera rounded as in the URL',
      before: makeState(),
      action: { type: 'set-camera', camera: { lng: 117.5123456, lat: 0.5234567, zoom: 9.20123 } },
      after: makeState({ camera: { lng: 117.512, lat: 0.523, zoom: 9.2 } }),
    },
    {
      name: 'set-camera with null returns to the whole kabupaten',
      before: makeState({ camera: { lng: 117.5, lat: 0.5, zoom: 9 } }),
      action: { type: 'set-camera', camera: null },
      after: makeState(),
    },
  ])('$name', ({ before, action, after }) => {
    expect(updateViewState(before, action)).toEqual(after)
  })

  it.each<{ name: string; before: ViewState; action: ViewAction }>([
    {
      name: 'the same indicator',
      before: makeState(),
      action: { type: 'set-indicator', indicator: DEFAULT_VIEW_STATE.indicator },
    },
    {
      name: 'the same year',
      before: makeState(),
      action: { type: 'set-year', tahun: DEFAULT_VIEW_STATE.tahun },
    },
    {
      name: 'a classification outside the limits',
      before: makeState(),
      action: { type: 'set-classification', classification: { method: 'jenks', classes: 12 } },
    },
    {
      name: 'the same classification',
      before: makeState({ classification: { method: 'jenks', classes: 5 } }),
      action: { type: 'set-classification', classification: { method: 'jenks', classes: 5 } },
    },
    {
      name: 'a camera that rounds to the current one',
      before: makeState({ camera: { lng: 117.512, lat: 0.523, zoom: 9.2 } }),
      action: { type: 'set-camera', camera: { lng: 117.5121, lat: 0.5229, zoom: 9.2001 } },
    },
    { name: 'the same level', before: makeState(), action: { type: 'set-level', level: 'desa' } },
    {
      name: 'the same compare mode',
      before: makeState(),
      action: { type: 'set-compare-mode', compareMode: 'change' },
    },
    { name: 'a malformed code', before: makeState(), action: { type: 'select', code: 'oops' } },
    {
      name: 'a district code at the village level',
      before: makeState(),
      action: { type: 'select', code: '64.08.04' },
    },
  ])('returns the same state object for $name', ({ before, action }) => {
    expect(updateViewState(before, action)).toBe(before)
  })

  it('never changes the state it is given', () => {
    const before = makeState({ selected: '64.08.04.2011' })
    const copy = structuredClone(before)
    updateViewState(before, { type: 'set-level', level: 'kecamatan' })
    expect(before).toEqual(copy)
  })
})
