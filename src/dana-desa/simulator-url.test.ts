import { describe, expect, it } from 'vitest'
import { OFFICIAL_SETTINGS, updateSettings } from './simulator-settings.ts'
import { type DanaDesaViewState, DEFAULT_DANA_DESA_VIEW, defineDanaDesaView } from './simulator-url.ts'

const YEARS = [2023, 2024, 2025]
const codec = defineDanaDesaView(YEARS)
const encodeDanaDesaView = (state: DanaDesaViewState, search?: string): string => codec.encode(state, search)

function makeView(change: Partial<DanaDesaViewState> = {}): DanaDesaViewState {
  return { ...DEFAULT_DANA_DESA_VIEW, ...change }
}

const edited = [
  { type: 'set-weight', variable: 'penduduk_miskin', bp: 6000 },
  { type: 'set-share', component: 'alokasi_dasar', bp: 6000 },
  { type: 'set-band', index: 0, field: 'amount', value: 400_000_000 },
  { type: 'set-afirmasi', status: 'sangat_tertinggal', amount: 150_000_000 },
  { type: 'set-afirmasi-top', bp: 3333 },
  { type: 'set-kinerja', bp: 2000 },
] as const
const editedSettings = edited.reduce(updateSettings, OFFICIAL_SETTINGS)

describe('encodeDanaDesaView()', () => {
  it.each([
    ['the defaults', makeView(), ''],
    [
      'a year, map and village',
      makeView({ tahun: 2024, peta: 'perubahan', desa: '64.08.01.2001' }),
      '?tahun=2024&peta=perubahan&desa=64.08.01.2001',
    ],
    [
      'one changed weight',
      makeView({
        settings: updateSettings(OFFICIAL_SETTINGS, {
          type: 'set-weight',
          variable: 'penduduk_miskin',
          bp: 6000,
        }),
      }),
      '?bobot=6.67,60,13.33,20',
    ],
  ])('writes %s as %s', (_, state, expected) => {
    expect(encodeDanaDesaView(state)).toBe(expected)
  })

  it('keeps parameters it does not own', () => {
    expect(encodeDanaDesaView(makeView({ tahun: 2025 }), '?lang=en&tahun=2023')).toBe('?lang=en&tahun=2025')
  })
})

describe('the Dana Desa screen link', () => {
  it('opens the latest year with formula inputs when the link has none, and writes it', () => {
    expect(codec.decode('').state).toEqual(makeView({ tahun: 2025 }))
    expect(encodeDanaDesaView(codec.defaults, '?lang=en')).toBe('?lang=en&tahun=2025')
    expect(defineDanaDesaView([]).decode('').state).toEqual(DEFAULT_DANA_DESA_VIEW)
  })

  it('reads back every setting it wrote', () => {
    const state = makeView({
      tahun: 2023,
      peta: 'perubahan',
      desa: '64.08.02.2003',
      settings: editedSettings,
    })
    expect(codec.decode(encodeDanaDesaView(state))).toEqual({ state, rejected: [] })
  })

  it.each([
    ['weights that do not sum to 100', '?bobot=10,50,20,30', 'bobot'],
    ['too few shares', '?bagian=65,35', 'bagian'],
    ['a percentage above 100', '?kinerja=150', 'kinerja'],
    ['bands without an open last band', '?pita=100:5,500:6', 'pita'],
    ['an unknown map', '?peta=hujan', 'peta'],
    ['a malformed village code', '?desa=abc', 'desa'],
    ['a year that is not four digits', '?tahun=24', 'tahun'],
    ['a year without formula inputs', '?tahun=2019', 'tahun'],
    ['afirmasi with one amount', '?afirmasi=100', 'afirmasi'],
    ['a negative afirmasi', '?afirmasi=-1,5', 'afirmasi'],
    ['a percentage with three decimals', '?kinerja=20.125', 'kinerja'],
  ])('falls back to the default and reports %s', (_, search, key) => {
    const { state, rejected } = codec.decode(search)
    expect(state).toEqual(codec.defaults)
    expect(rejected).toEqual([{ key, value: new URLSearchParams(search).get(key) }])
  })
})
