import { describe, expect, it } from 'vitest'
import { calibrationReport, formatCalibrationReport, kecamatanAnchors } from './calibration-report'
import { generateDemo } from './generate-demo'
import { makeRegions } from './make-regions'

describe('calibrationReport()', () => {
  const result = generateDemo({ regions: makeRegions(2), seed: 9, scale: 0.05, years: [2023, 2024] })
  const report = calibrationReport(result)

  it('has one row per generated year, with BPS totals where published', () => {
    expect(report.map((row) => [row.tahun, row.penduduk_bps])).toEqual([
      [2023, 455_504],
      [2024, 448_850],
    ])
  })

  it('reads P0, households and recipients from the rows', () => {
    for (const row of report) {
      expect(Math.abs(row.p0 - row.p0_target)).toBeLessThan(0.05)
      expect(row.jumlah_kk).toBe(
        result.keluarga.filter((household) => household.periode === row.tahun).length,
      )
      expect(row.recipients.PBI_JKN).toBe(
        result.penerima.filter((r) => r.tahun === row.tahun && r.program === 'PBI_JKN').length,
      )
    }
  })

  it('formats a header and one line per year', () => {
    const lines = formatCalibrationReport(report).split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/tahun\s+penduduk/)
    expect(lines[2]).toMatch(/^\s*2024\s+22443\s+448850/)
  })

  it('compares the anchored kecamatan with BPS', () => {
    expect(kecamatanAnchors(result)).toEqual([
      { kecamatan_kode: '64.08.04', bps: 125_410, demo: Math.round(0.05 * 125_410) },
      { kecamatan_kode: '64.08.05', bps: 24_245, demo: Math.round(0.05 * 24_245) },
    ])
  })
})
