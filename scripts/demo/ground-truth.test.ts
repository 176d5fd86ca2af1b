import { describe, expect, it } from 'vitest'
import { type AnomalyDraft, buildGroundTruth } from './ground-truth'
import type { KeluargaRow, PenerimaBantuanRow } from './types'

const makeRecipient = (nilai_rp: number): PenerimaBantuanRow => ({
  program: 'BPNT',
  tahun: 2024,
  id_keluarga: '6408011203150001',
  nik: null,
  nama: 'Budi Santoso',
  tanggal_lahir: '1980-01-01',
  kode_desa: '64.08.01.2001',
  nilai_rp,
})

describe('buildGroundTruth()', () => {
  const penerima = [makeRecipient(1), makeRecipient(2), makeRecipient(2)]
  const keluarga: KeluargaRow[] = []
  const draft: AnomalyDraft = {
    kind: 'repeated_row',
    tahun: 2024,
    description: 'twice',
    rows: [penerima[1], penerima[2]] as PenerimaBantuanRow[],
  }

  it('numbers rows from 1 in the order of the final file', () => {
    const { anomalies } = buildGroundTruth([draft], { keluarga, penerima }, ['repeated_row'], 42)
    expect(anomalies[0]?.rows.map(({ file, row }) => [file, row])).toEqual([
      ['penerima_bantuan.csv', 2],
      ['penerima_bantuan.csv', 3],
    ])
  })

  it.each([
    ['one draft', [draft], 1],
    ['no drafts', [], 0],
  ])('counts %s per kind, with ids A001…', (_, drafts, count) => {
    const truth = buildGroundTruth(drafts, { keluarga, penerima }, ['repeated_row', 'near_duplicate_name'], 7)
    expect(truth.counts).toEqual({ repeated_row: count, near_duplicate_name: 0 })
    expect(truth.anomalies.map((anomaly) => anomaly.id)).toEqual(count ? ['A001'] : [])
    expect(truth.seed).toBe(7)
  })
})
