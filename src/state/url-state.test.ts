import { describe, expect, it } from 'vitest'
import { DATA_METHODS } from '../indicators/classify.ts'
import {
  decodeViewState,
  encodeViewState,
  formatClassification,
  parseClassification,
  type UrlMigration,
  type ViewStateContext,
} from './url-state.ts'
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state.ts'

function makeContext(migrations?: readonly UrlMigration[]): ViewStateContext {
  return {
    indicatorIds: ['luas_km2', 'persen_kk_desil_1_4'],
    years: [2021, 2022, 2023],
    defaults: DEFAULT_VIEW_STATE,
    ...(migrations === undefined ? {} : { migrations }),
  }
}

function makeState(change: Partial<ViewState> = {}): ViewState {
  return { ...DEFAULT_VIEW_STATE, ...change }
}

describe('encodeViewState()', () => {
  it('writes nothing for the defaults', () => {
    expect(encodeViewState(makeState(), DEFAULT_VIEW_STATE)).toBe('')
  })

  it('writes a compact, readable link with only the changed values', () => {
    const state = makeState({
      indicator: 'persen_kk_desil_1_4',
      tahun: 2022,
      compareTahun: 2021,
      classification: { method: 'jenks', classes: 5 },
      selected: '64.08.04.2011',
      camera: { lng: 117.51, lat: 0.52, zoom: 9.2 },
    })
    expect(encodeViewState(state, DEFAULT_VIEW_STATE)).toBe(
      '?i=persen_kk_desil_1_4&t=2022&vs=2021&c=jenks.5&desa=64.08.04.2011&cam=117.51,0.52,9.2',
    )
  })

  it('keeps unrelated parameters and replaces its own', () => {
    // `lang` belongs to the interface language (src/app/language-sync.ts), not to the view.
    const state = makeState({ tahun: 2022 })
    expect(encodeViewState(state, DEFAULT_VIEW_STATE, '?e2e&lang=en&t=2021')).toBe('?e2e=&lang=en&t=2022')
  })

  it('writes the compare mode only next to a compare year', () => {
    expect(encodeViewState(makeState({ compareMode: 'split' }), DEFAULT_VIEW_STATE)).toBe('')
    expect(encodeViewState(makeState({ compareTahun: 2021, compareMode: 'split' }), DEFAULT_VIEW_STATE)).toBe(
      '?vs=2021&vm=split',
    )
  })

  it('rounds the camera to about a pixel', () => {
    const state = makeState({ camera: { lng: 117.5123456, lat: 0.5234567, zoom: 9.20123 } })
    expect(encodeViewState(state, DEFAULT_VIEW_STATE)).toBe('?cam=117.512,0.523,9.2')
  })
})

describe('decodeViewState()', () => {
  it.each<{ name: string; state: ViewState }>([
    { name: 'the defaults', state: makeState() },
    {
      name: 'every value changed',
      state: makeState({
        indicator: 'persen_kk_desil_1_4',
        tahun: 2022,
        compareTahun: 2021,
        classification: { method: 'jenks', classes: 5 },
        level: 'desa',
        selected: '64.08.04.2011',
        camera: { lng: 117.51, lat: 0.52, zoom: 9.2 },
      }),
    },
    { name: 'a district selection', state: makeState({ level: 'kecamatan', selected: '64.08.04' }) },
    { name: 'quantiles', state: makeState({ classification: { method: 'quantile', classes: 7 } }) },
    {
      name: 'equal intervals',
      state: makeState({ classification: { method: 'equal-interval', classes: 3 } }),
    },
    { name: 'pretty breaks', state: makeState({ classification: { method: 'pretty', classes: 9 } }) },
    {
      name: 'standard deviations',
      state: makeState({ classification: { method: 'standard-deviation', classes: 4 } }),
    },
    {
      name: 'manual breaks with negatives and decimals',
      state: makeState({ classification: { method: 'manual', breaks: [-5, 0.5, 10, 1250] } }),
    },
    {
      name: 'a camera west of Greenwich, south of the equator',
      state: makeState({ camera: { lng: -3.7, lat: -40.42, zoom: 4 } }),
    },
    { name: 'a compare year alone', state: makeState({ compareTahun: 2021 }) },
    {
      name: 'two years side by side',
      state: makeState({ tahun: 2023, compareTahun: 2021, compareMode: 'split' }),
    },
    {
      name: 'a change map with a camera and manual breaks',
      state: makeState({
        compareTahun: 2022,
        compareMode: 'change',
        classification: { method: 'manual', breaks: [-2.5, 0, 2.5] },
        camera: { lng: 117.2, lat: 1.1, zoom: 8.5 },
      }),
    },
  ])('round-trips $name through encodeViewState()', ({ state }) => {
    const search = encodeViewState(state, DEFAULT_VIEW_STATE)
    expect(decodeViewState(search, makeContext())).toEqual({ state, notices: [] })
  })

  it.each(
    DATA_METHODS.flatMap((method) =>
      [3, 4, 5, 6, 7, 8, 9].map(
        (classes) => ({ method, classes, level: classes % 2 === 0 ? 'kecamatan' : 'desa' }) as const,
      ),
    ),
  )('round-trips $method with $classes classes at the $level level', ({ method, classes, level }) => {
    const state = makeState({ classification: { method, classes }, level })
    expect(decodeViewState(encodeViewState(state, DEFAULT_VIEW_STATE), makeContext()).state).toEqual(state)
  })

  it.each([
    { search: '?i=nope', key: 'i', reason: 'unknown' },
    { search: '?t=1999', key: 't', reason: 'unknown' },
    { search: '?t=20x3', key: 't', reason: 'malformed' },
    { search: '?vs=2023', key: 'vs', reason: 'out-of-range' },
    { search: '?vs=soon', key: 'vs', reason: 'malformed' },
    { search: '?vm=overlay', key: 'vm', reason: 'unknown' },
    { search: '?c=kmeans.5', key: 'c', reason: 'unknown' },
    { search: '?c=jenks', key: 'c', reason: 'malformed' },
    { search: '?c=jenks.12', key: 'c', reason: 'out-of-range' },
    { search: '?c=sd.2', key: 'c', reason: 'out-of-range' },
    { search: '?c=quantile.4.5', key: 'c', reason: 'out-of-range' },
    { search: '?c=manual.10', key: 'c', reason: 'out-of-range' },
    { search: '?c=manual.20_10', key: 'c', reason: 'out-of-range' },
    { search: '?c=manual.a_b', key: 'c', reason: 'malformed' },
    { search: '?lv=provinsi', key: 'lv', reason: 'unknown' },
    { search: '?desa=oops', key: 'desa', reason: 'malformed' },
    { search: '?kec=64.08', key: 'kec', reason: 'malformed' },
    { search: '?cam=117,0.5', key: 'cam', reason: 'malformed' },
    { search: '?cam=117,95,9', key: 'cam', reason: 'out-of-range' },
    { search: '?cam=Infinity,0,9', key: 'cam', reason: 'malformed' },
  ])('falls back to the default for $search with a notice', ({ search, key, reason }) => {
    const value = new URLSearchParams(search).get(key)
    expect(decodeViewState(search, makeContext())).toEqual({
      state: DEFAULT_VIEW_STATE,
      notices: [{ key, value, reason }],
    })
  })

  it('keeps the valid values next to an invalid one', () => {
    const { state, notices } = decodeViewState('?i=persen_kk_desil_1_4&t=1850', makeContext())
    expect(state).toEqual(makeState({ indicator: 'persen_kk_desil_1_4' }))
    expect(notices).toEqual([{ key: 't', value: '1850', reason: 'unknown' }])
  })

  it('prefers a village over a district selected next to it', () => {
    const { state, notices } = decodeViewState('?desa=64.08.04.2011&kec=64.08.05', makeContext())
    expect(state.selected).toBe('64.08.04.2011')
    expect(notices).toEqual([{ key: 'kec', value: '64.08.05', reason: 'conflict' }])
  })

  it.each(['?t=%E0%A4%A', '?%%%=&&&', '?cam=,,', '?c=.', '?c=manual.', 'not a query'])(
    'never throws on %j',
    (search) => {
      expect(() => decodeViewState(search, makeContext())).not.toThrow()
    },
  )

  it('still reads the links of the first release (desa), leaving their lang to the interface', () => {
    expect(decodeViewState('?desa=64.08.04.2011&lang=en', makeContext())).toEqual({
      state: makeState({ selected: '64.08.04.2011' }),
      notices: [],
    })
  })

  it('runs the given migrations in order before decoding', () => {
    const renameIndicator: UrlMigration = {
      description: 'example: the indicator `persen_miskin` was renamed `persen_kk_desil_1_4`',
      migrate: (params) => {
        const next = new URLSearchParams(params)
        if (next.get('i') === 'persen_miskin') next.set('i', 'persen_kk_desil_1_4')
        return next
      },
    }
    const { state, notices } = decodeViewState('?i=persen_miskin', makeContext([renameIndicator]))
    expect(state.indicator).toBe('persen_kk_desil_1_4')
    expect(notices).toEqual([])
  })
})

describe('formatClassification() and parseClassification()', () => {
  it.each([
    { text: 'jenks.5', classification: { method: 'jenks', classes: 5 } },
    { text: 'equal.3', classification: { method: 'equal-interval', classes: 3 } },
    { text: 'sd.4', classification: { method: 'standard-deviation', classes: 4 } },
    { text: 'manual.-1_0.25_3', classification: { method: 'manual', breaks: [-1, 0.25, 3] } },
  ] as const)('writes and reads $text', ({ text, classification }) => {
    expect(formatClassification(classification)).toBe(text)
    expect(parseClassification(text)).toEqual({ ok: true, value: classification })
  })

  it('also reads full method names', () => {
    expect(parseClassification('standard-deviation.5')).toEqual({
      ok: true,
      value: { method: 'standard-deviation', classes: 5 },
    })
  })
})
