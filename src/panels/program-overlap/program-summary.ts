/**
 * The kabupaten summary of one program from published figures: recipients, rupiah per year (recipients ×
 * the dictionary's benefit per unit, a range where the benefit varies) and the share of recipient families
 * in desil 1–4 (cakupan × KK desil 1–4 ÷ recipients: family programs only, since PBI-JKN and PIP count
 * people). Pure; `null` where a figure is withheld or missing.
 */
import type { IndicatorValue } from '../../data/indicators.ts'
import type { Program } from '../../data/programs.ts'
import { programMeasureIndicator } from '../../indicators/dictionary/program-figures.ts'

/** What the summary card shows. */
export interface ProgramSummary {
  recipients: number | null
  rupiahMin: number | null
  rupiahMax: number | null
  /** Percent of recipient families in desil 1–4; `null` for person programs or missing figures. */
  shareDesil14: number | null
}

const presentValue = (entry: IndicatorValue | undefined): number | null =>
  entry?.status === 'ada' && entry.nilai !== null ? entry.nilai : null

/** Summarises `program` from the region's published figures, read through `get(indikator)`. */
export function summariseProgram(
  program: Program,
  get: (indikator: string) => IndicatorValue | undefined,
): ProgramSummary {
  const recipients = presentValue(get(programMeasureIndicator('penerima', program.kode)))
  const times = (rupiah: number | null): number | null =>
    recipients === null || rupiah === null ? null : recipients * rupiah
  const coverage = presentValue(get(programMeasureIndicator('cakupan', program.kode)))
  const poorFamilies = presentValue(get('kk_desil_1_4'))
  const isFamilyProgram = program.satuan === 'keluarga'
  const shareDesil14 =
    isFamilyProgram && coverage !== null && poorFamilies !== null && recipients !== null && recipients > 0
      ? Math.min(100, (coverage * poorFamilies) / recipients)
      : null
  return {
    recipients,
    rupiahMin: times(program.manfaat_min_rp),
    rupiahMax: times(program.manfaat_maks_rp),
    shareDesil14,
  }
}
