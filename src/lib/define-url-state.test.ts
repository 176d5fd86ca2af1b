import { describe, expect, it } from 'vitest'
import {
  convert,
  decimal,
  defineUrlState,
  entriesOf,
  integer,
  listOf,
  mapUrlState,
  migrateSearch,
  oneOf,
  optional,
  pattern,
  refine,
  renameKey,
  setOf,
} from './define-url-state.ts'

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

describe('migrations', () => {
  const migrated = defineUrlState(
    { tahun: optional(integer(2000, 2100)) },
    { tahun: null as number | null },
    {
      migrations: [renameKey('t', 'tahun', 'the year was `t`')],
    },
  )

  it('reads an old key as the new one', () => {
    expect(migrated.decode('?t=2022&lang=en')).toEqual({ state: { tahun: 2022 }, rejected: [] })
  })

  it('prefers the new key when a link holds both', () => {
    expect(migrated.decode('?t=2022&tahun=2024').state).toEqual({ tahun: 2024 })
  })

  it('names a rejected old value under the new key', () => {
    expect(migrated.decode('?t=19').rejected).toEqual([{ key: 'tahun', value: '19' }])
  })

  it('writes over the migrated link, so the old key does not linger', () => {
    expect(migrated.encode({ tahun: 2023 }, '?e2e&t=2022&lang=en')).toBe('?e2e=&lang=en&tahun=2023')
  })

  it('runs the migrations in order, each on the result of the one before', () => {
    const chain = [renameKey('a', 'b', 'a → b'), renameKey('b', 'c', 'b → c')]
    expect(migrateSearch('?a=1', chain).toString()).toBe('c=1')
  })
})

describe('always and conflicts', () => {
  const codec = defineUrlState(
    { tahun: integer(2000, 2100), banding: optional(integer(2000, 2100)) },
    { tahun: 2024, banding: null as number | null },
    {
      always: ['tahun'],
      conflicts: (state) => (state.banding === state.tahun ? ['banding'] : []),
    },
  )

  it('writes a key listed in always even at its default', () => {
    expect(codec.encode(codec.defaults)).toBe('?tahun=2024')
  })

  it('drops a value that contradicts another and names it', () => {
    expect(codec.decode('?tahun=2022&banding=2022')).toEqual({
      state: { tahun: 2022, banding: null },
      rejected: [{ key: 'banding', value: '2022' }],
    })
  })
})

describe('field helpers', () => {
  it.each([
    { name: 'oneOf() with numbers', field: oneOf([2023, 2024]), text: '2024', value: 2024 },
    { name: 'decimal()', field: decimal(0, 100, 2), text: '6.67', value: 6.67 },
    { name: 'decimal() of a whole number', field: decimal(-5, 5, 1), text: '-5', value: -5 },
    { name: 'pattern()', field: pattern(/^\d{2}\.\d{2}$/), text: '64.08', value: '64.08' },
    { name: 'setOf() with numbers', field: setOf([1, 2, 3]), text: '1,3', value: [1, 3] },
    { name: 'listOf()', field: listOf(integer(0, 9), 3), text: '3,1,2', value: [3, 1, 2] },
    {
      name: 'entriesOf()',
      field: entriesOf(['a', 'b', 'c'], integer(0, 100)),
      text: 'a:40,c:60',
      value: { a: 40, c: 60 },
    },
    {
      name: 'convert()',
      field: convert(
        decimal(0, 100, 2),
        (percent) => Math.round(percent * 100),
        (bp) => bp / 100,
      ),
      text: '33.33',
      value: 3333,
    },
  ])('$name reads $text and writes it back', ({ field, text, value }) => {
    const parse = field.parse as (text: string) => unknown
    const format = field.format as (value: unknown) => string
    expect(parse(text)).toEqual(value)
    expect(format(value)).toBe(text)
  })

  it.each([
    { name: 'oneOf() with numbers', field: oneOf([2023, 2024]), text: '2025' },
    { name: 'decimal() with too many decimals', field: decimal(0, 100, 2), text: '6.667' },
    { name: 'decimal() out of range', field: decimal(0, 100, 2), text: '100.5' },
    { name: 'decimal() with an exponent', field: decimal(0, 100, 2), text: '1e2' },
    { name: 'decimal() of nothing', field: decimal(0, 100, 2), text: '' },
    { name: 'pattern()', field: pattern(/^\d{2}\.\d{2}$/), text: '64.8' },
    { name: 'setOf() with a repeat', field: setOf([1, 2, 3]), text: '1,1' },
    { name: 'listOf() of the wrong length', field: listOf(integer(0, 9), 3), text: '1,2' },
    { name: 'listOf() with a bad item', field: listOf(integer(0, 9)), text: '1,x' },
    { name: 'entriesOf() with an unknown key', field: entriesOf(['a'], integer(0, 9)), text: 'z:1' },
    { name: 'entriesOf() with a repeated key', field: entriesOf(['a'], integer(0, 9)), text: 'a:1,a:2' },
    { name: 'entriesOf() without a colon', field: entriesOf(['a'], integer(0, 9)), text: 'a=1' },
    {
      name: 'refine() where the check fails',
      field: refine(
        listOf(integer(0, 100)),
        (values) => values.reduce((sum, value) => sum + value, 0) === 100,
      ),
      text: '40,50',
    },
  ])('$name rejects "$text"', ({ field, text }) => {
    expect(field.parse(text)).toBeUndefined()
  })

  it('entriesOf() writes in the order of its keys', () => {
    expect(entriesOf(['a', 'b'], integer(0, 9)).format({ b: 1, a: 2 })).toBe('a:2,b:1')
  })
})

describe('mapUrlState()', () => {
  const flat = defineUrlState(
    { desa: optional(pattern(/^\d{4}$/)), kec: optional(pattern(/^\d{2}$/)) },
    { desa: null as string | null, kec: null as string | null },
  )
  const selection = mapUrlState(
    flat,
    (state) => ({ selected: state.desa ?? state.kec }),
    (state) => ({
      desa: state.selected?.length === 4 ? state.selected : null,
      kec: state.selected?.length === 2 ? state.selected : null,
    }),
  )

  it('reads and writes a state spread over two keys', () => {
    expect(selection.encode({ selected: '12' })).toBe('?kec=12')
    expect(selection.decode('?desa=1234')).toEqual({ state: { selected: '1234' }, rejected: [] })
    expect(selection.defaults).toEqual({ selected: null })
  })
})
