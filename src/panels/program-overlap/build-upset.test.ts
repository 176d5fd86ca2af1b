import { describe, expect, it } from 'vitest'
import type { CombinationCount, ProgramCode } from '../../data/programs.ts'
import { buildUpset, villagesWithCombination } from './build-upset.ts'

const ORDER: ProgramCode[] = ['PKH', 'BPNT', 'BLT_DD', 'PBI_JKN', 'PIP']

function makeRow(
  kode: string,
  kombinasi: string,
  jumlah: number | null,
  overrides: Partial<CombinationCount> = {},
) {
  return {
    kode,
    level: kode.length > 8 ? 'desa' : kode.length > 5 ? 'kecamatan' : 'kabupaten',
    tahun: 2024,
    programs: kombinasi.split('+') as ProgramCode[],
    jumlah_kk: jumlah,
    status: jumlah === null ? 'ditahan' : 'ada',
    terlarang: false,
    ...overrides,
  } satisfies CombinationCount
}

describe('buildUpset()', () => {
  it.each([
    {
      name: 'sorts bars by households, largest first, with programs in dictionary order',
      rows: [makeRow('64.08', 'PIP', 10), makeRow('64.08', 'BPNT+PKH', 50), makeRow('64.08', 'BPNT', 20)],
      keys: ['BPNT+PKH', 'BPNT', 'PIP'],
      firstPrograms: ['PKH', 'BPNT'],
      maxCount: 50,
    },
    {
      name: 'keeps a withheld bar last, with no length',
      rows: [makeRow('64.08', 'BLT_DD+PKH', null), makeRow('64.08', 'PKH', 7)],
      keys: ['PKH', 'BLT_DD+PKH'],
      firstPrograms: ['PKH'],
      maxCount: 7,
    },
    {
      name: 'draws no bar for a combination published as 0',
      rows: [makeRow('64.08', 'BLT_DD+PKH', 0), makeRow('64.08', 'PKH', 7), makeRow('64.08', 'PIP', 0)],
      keys: ['PKH'],
      firstPrograms: ['PKH'],
      maxCount: 7,
    },
    {
      name: 'is empty for a region without rows',
      rows: [makeRow('64.08.01', 'PKH', 7)],
      keys: [],
      firstPrograms: undefined,
      maxCount: 0,
    },
  ])('$name', ({ rows, keys, firstPrograms, maxCount }) => {
    const upset = buildUpset(rows, '64.08', 2024, ORDER)
    expect(upset.bars.map((bar) => bar.key)).toEqual(keys)
    expect(upset.bars[0]?.programs).toEqual(firstPrograms)
    expect(upset.maxCount).toBe(maxCount)
  })

  it('totals households per program over the bars, withheld bars counting zero', () => {
    const rows = [
      makeRow('64.08', 'BPNT+PKH', 50),
      makeRow('64.08', 'PKH', 5),
      makeRow('64.08', 'BLT_DD+PKH', null),
    ]
    const totals = buildUpset(rows, '64.08', 2024, ORDER).programTotals
    expect([totals.get('PKH'), totals.get('BPNT'), totals.get('BLT_DD'), totals.get('PIP')]).toEqual([
      55, 50, 0, 0,
    ])
  })

  it('cuts the smallest bars beyond the limit', () => {
    const rows = [makeRow('64.08', 'PKH', 3), makeRow('64.08', 'BPNT', 9), makeRow('64.08', 'PIP', 5)]
    expect(buildUpset(rows, '64.08', 2024, ORDER, 2).bars.map((bar) => bar.key)).toEqual(['BPNT', 'PIP'])
  })
})

describe('villagesWithCombination()', () => {
  it('lists the villages with that exact combination in that year, withheld counts included', () => {
    const rows = [
      makeRow('64.08.01.2001', 'BPNT+PKH', 12),
      makeRow('64.08.01.2002', 'BPNT+PKH', null),
      makeRow('64.08.01.2003', 'PKH', 30),
      makeRow('64.08.01.2004', 'BPNT+PKH', 8, { tahun: 2023 }),
      makeRow('64.08.01', 'BPNT+PKH', 20),
    ]
    expect([...villagesWithCombination(rows, 'BPNT+PKH', 2024)]).toEqual(['64.08.01.2001', '64.08.01.2002'])
  })
})
