import { describe, expect, it } from 'vitest'
import { DATA_METHODS } from '../indicators/classify.ts'
import { itRejectsEach } from '../lib/testing/each-rejected-value.ts'
import {
  defineViewState,
  formatClassification,
  parseClassification,
  type ViewStateContext,
} from './url-state.ts'
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state.ts'

function makeContext(change: Partial<ViewStateContext> = {}): ViewStateContext {
  return {
    indicatorIds: ['luas_km2', 'persen_kk_desil_1_4'],
    years: [2021, 2022, 2023],
    defaults: DEFAULT_VIEW_STATE,
    ...change,
  }
}

function makeState(change: Partial<ViewState> = {}): ViewState {
  return { ...DEFAULT_VIEW_STATE, ...change }
}

const codec = defineViewState(makeContext())
const encodeViewState = (state: ViewState, search?: string): string => codec.encode(state, search)
const decodeViewState = (search: string) => codec.decode(search)

describe('encodeViewState()', () => {
  it('writes nothing for the defaults', () => {
    expect(encodeViewState(makeState())).toBe('')
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
    expect(encodeViewState(state)).toBe(
      '?i=persen_kk_desil_1_4&tahun=2022&vs=2021&c=jenks.5&desa=64.08.04.2011&cam=117.51,0.52,9.2',
    )
  })

  it('keeps unrelated parameters (lang, e2e) untouched and replaces its own, old key included', () => {
    expect(encodeViewState(makeState(), '?e2e&lang=en&t=2021&tahun=2022')).toBe('?e2e=&lang=en')
    expect(encodeViewState(makeState({ tahun: 2021 }), '?lang=en&t=2022')).toBe('?lang=en&tahun=2021')
  })

  it('always writes the indicator and year of published indicators', () => {
    const published = defineViewState(makeContext({ isPublished: true }))
    expect(published.encode(makeState(), '?lang=en')).toBe('?lang=en&i=luas_km2&tahun=2023')
  })

  it('writes the compare mode only next to a compare year', () => {
    expect(encodeViewState(makeState({ compareMode: 'split' }))).toBe('')
    expect(encodeViewState(makeState({ compareTahun: 2021, compareMode: 'split' }))).toBe('?vs=2021&vm=split')
  })

  it('rounds the camera to about a pixel', () => {
    const state = makeState({ camera: { lng: 117.5123456, lat: 0.5234567, zoom: 9.20123 } })
    expect(encodeViewState(state)).toBe('?cam=117.512,0.523,9.2')
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
    const search = encodeViewState(state)
    expect(decodeViewState(search)).toEqual({ state, rejected: [] })
  })

  it.each(
    DATA_METHODS.flatMap((method) =>
      [3, 4, 5, 6, 7, 8, 9].map(
        (classes) => ({ method, classes, level: classes % 2 === 0 ? 'kecamatan' : 'desa' }) as const,
      ),
    ),
  )('round-trips $method with $classes classes at the $level level', ({ method, classes, level }) => {
    const state = makeState({ classification: { method, classes }, level })
    expect(decodeViewState(encodeViewState(state)).state).toEqual(state)
  })

  itRejectsEach(codec, {
    i: ['nope'],
    tahun: ['1999', '20x3'],
    vs: ['2023', 'soon'],
    vm: ['overlay'],
    c: ['kmeans.5', 'jenks', 'jenks.12', 'sd.2', 'quantile.4.5', 'manual.10', 'manual.20_10', 'manual.a_b'],
    lv: ['provinsi'],
    desa: ['oops'],
    kec: ['64.08'],
    cam: ['117,0.5', '117,95,9', 'Infinity,0,9'],
  })

  it('reports an unreadable year of an old link under `tahun`, the key it now stands under', () => {
    expect(decodeViewState('?t=1999')).toEqual({
      state: DEFAULT_VIEW_STATE,
      rejected: [{ key: 'tahun', value: '1999' }],
    })
  })

  it('keeps the valid values next to an invalid one', () => {
    const { state, rejected } = decodeViewState('?i=persen_kk_desil_1_4&tahun=1850&lang=en')
    expect(state).toEqual(makeState({ indicator: 'persen_kk_desil_1_4' }))
    expect(rejected).toEqual([{ key: 'tahun', value: '1850' }])
  })

  it('prefers a village over a district selected next to it', () => {
    const { state, rejected } = decodeViewState('?desa=64.08.04.2011&kec=64.08.05')
    expect(state.selected).toBe('64.08.04.2011')
    expect(rejected).toEqual([{ key: 'kec', value: '64.08.05' }])
  })

  it('moves a year the indicator lacks to its latest, naming the year', () => {
    const yearsOf = (id: string): number[] => (id === 'persen_kk_desil_1_4' ? [2021, 2022] : [])
    const fitted = defineViewState(makeContext({ yearsOf }))
    expect(fitted.decode('?i=persen_kk_desil_1_4&tahun=2023')).toEqual({
      state: makeState({ indicator: 'persen_kk_desil_1_4', tahun: 2022 }),
      rejected: [{ key: 'tahun', value: '2023' }],
    })
  })

  it.each(['?t=%E0%A4%A', '?%%%=&&&', '?cam=,,', '?c=.', '?c=manual.', 'not a query'])(
    'never throws on %j',
    (search) => {
      expect(() => decodeViewState(search)).not.toThrow()
    },
  )

  it('still reads the links of the first release (lang and desa), leaving lang to the app', () => {
    expect(decodeViewState('?desa=64.08.04.2011&lang=en')).toEqual({
      state: makeState({ selected: '64.08.04.2011' }),
      rejected: [],
    })
  })

  // Links the e2e tests opened before the year key became `tahun` (issue 19).
  it.each([
    {
      search: '?i=persen_kk_desil_1_4&t=2023&c=jenks.5',
      state: makeState({
        indicator: 'persen_kk_desil_1_4',
        tahun: 2023,
        classification: { method: 'jenks', classes: 5 },
      }),
      current: '?i=persen_kk_desil_1_4&tahun=2023&c=jenks.5',
    },
    {
      search: '?i=persen_kk_desil_1_4&t=2022&vs=2021&vm=split&e2e',
      state: makeState({
        indicator: 'persen_kk_desil_1_4',
        tahun: 2022,
        compareTahun: 2021,
        compareMode: 'split',
      }),
      current: '?e2e=&i=persen_kk_desil_1_4&tahun=2022&vs=2021&vm=split',
    },
    {
      search: '?i=persen_kk_desil_1_4&t=2023&desa=64.08.04.2011&lang=en',
      state: makeState({ indicator: 'persen_kk_desil_1_4', tahun: 2023, selected: '64.08.04.2011' }),
      current: '?lang=en&i=persen_kk_desil_1_4&tahun=2023&desa=64.08.04.2011',
    },
  ])('reads the old link $search and rewrites it in the current form', ({ search, state, current }) => {
    const published = defineViewState(makeContext({ isPublished: true }))
    expect(published.decode(search)).toEqual({ state, rejected: [] })
    expect(published.encode(state, search)).toBe(current)
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
    expect(parseClassification(text)).toEqual(classification)
  })

  it('also reads full method names', () => {
    expect(parseClassification('standard-deviation.5')).toEqual({ method: 'standard-deviation', classes: 5 })
  })
})
