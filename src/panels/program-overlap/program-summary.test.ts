import { describe, expect, it } from 'vitest'
import type { IndicatorValue } from '../../data/indicators.ts'
import { makeProgram } from '../../data/testing/make-program.ts'
import { summariseProgram } from './program-summary.ts'

const figures = (values: Record<string, IndicatorValue>) => (id: string) => values[id]
const ada = (nilai: number): IndicatorValue => ({ nilai, status: 'ada' })

describe('summariseProgram()', () => {
  it('multiplies recipients by the benefit and derives the desil 1–4 share of recipients', () => {
    const summary = summariseProgram(
      makeProgram(),
      figures({ penerima_bpnt: ada(1000), cakupan_bpnt: ada(40), kk_desil_1_4: ada(2000) }),
    )
    expect(summary).toEqual({
      recipients: 1000,
      rupiahMin: 2_400_000_000,
      rupiahMax: 2_400_000_000,
      shareDesil14: 80,
    })
  })

  it('gives a range where the benefit varies and no share for a person program', () => {
    const program = makeProgram({
      kode: 'PIP',
      satuan: 'siswa',
      manfaat_min_rp: 450_000,
      manfaat_maks_rp: 1_800_000,
    })
    const summary = summariseProgram(
      program,
      figures({ penerima_pip: ada(10), cakupan_pip: ada(5), kk_desil_1_4: ada(100) }),
    )
    expect(summary).toEqual({
      recipients: 10,
      rupiahMin: 4_500_000,
      rupiahMax: 18_000_000,
      shareDesil14: null,
    })
  })

  it('leaves everything null when the recipients are withheld', () => {
    const summary = summariseProgram(
      makeProgram(),
      figures({ penerima_bpnt: { nilai: null, status: 'ditahan' } }),
    )
    expect(summary).toEqual({ recipients: null, rupiahMin: null, rupiahMax: null, shareDesil14: null })
  })
})
