import { describe, expect, it } from 'vitest'
import { defineUrlState, integer, oneOf, optional, setOf } from './define-url-state.ts'

const COLOURS = ['merah', 'hijau', 'biru'] as const
const codec = defineUrlState(
  {
    warna: oneOf(COLOURS),
    tahun: optional(integer(2000, 2100)),
    pilihan: optional(setOf(COLOURS)),
  },
  { warna: 'merah', tahun: null, pilihan: null } as {
    warna: (typeof COLOURS)[number]
    tahun: number | null
    pilihan: (typeof COLOURS)[number][] | null
  },
)

describe('defineUrlState()', () => {
  it('gives the defaults for an empty link, and writes nothing for them', () => {
    expect(codec.decode('')).toEqual({ state: codec.defaults, rejected: [] })
    expect(codec.encode(codec.defaults)).toBe('')
  })

  it('reads back what it writes, keeping parameters it does not own', () => {
    const state = { warna: 'biru' as const, tahun: 2024, pilihan: ['biru' as const, 'merah' as const] }
    const search = codec.encode(state, '?lang=en&e2e')
    expect(search).toBe('?lang=en&e2e=&warna=biru&tahun=2024&pilihan=merah,biru')
    expect(codec.decode(search)).toEqual({
      state: { warna: 'biru', tahun: 2024, pilihan: ['merah', 'biru'] },
      rejected: [],
    })
  })

  it('replaces its own keys rather than adding a second value', () => {
    expect(codec.encode({ ...codec.defaults, warna: 'hijau' }, '?warna=biru&tahun=2020')).toBe('?warna=hijau')
  })

  it.each([
    ['warna', 'ungu'],
    ['warna', ''],
    ['tahun', '1999'],
    ['tahun', '2024.5'],
    ['tahun', '20x4'],
    ['pilihan', 'merah,merah'],
    ['pilihan', 'merah,ungu'],
    ['pilihan', ''],
  ])('falls back to the default for %s=%s and names it', (key, value) => {
    const { state, rejected } = codec.decode(`?${key}=${encodeURIComponent(value)}`)
    expect(state).toEqual(codec.defaults)
    expect(rejected).toEqual([{ key, value }])
  })

  it('keeps the readable values of a link when another is rejected', () => {
    expect(codec.decode('?warna=hijau&tahun=abc')).toEqual({
      state: { warna: 'hijau', tahun: null, pilihan: null },
      rejected: [{ key: 'tahun', value: 'abc' }],
    })
  })
})
