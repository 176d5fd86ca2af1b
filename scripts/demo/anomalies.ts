/**
 * Plants a known number of data-quality anomalies into the generated rows and describes each one in a
 * ground truth. The organic data contain none of these kinds (unique NIKs, one row per person/family per
 * program and year, BLT-DD never with PKH/BPNT, no near-duplicate names among people sharing a birth date),
 * so a detector that finds exactly the planted ones is right. Kinds:
 * - `duplicate_nik_across_villages` (keluarga.csv): in one periode, the head of a household in another
 *   village carries the same NIK, name and birth date as the head of a household elsewhere;
 * - `repeated_row` (penerima_bantuan.csv): a recipient row listed twice, identically;
 * - `disallowed_combination` (penerima_bantuan.csv): a family with BLT-DD and PKH, or BLT-DD and BPNT,
 *   in the same year;
 * - `near_duplicate_name` (penerima_bantuan.csv): a person program (PBI-JKN, PIP) lists, in another
 *   village and under another NIK, a name at most two edits from a listed person with the same birth date.
 */
import { PROGRAM_BENEFITS } from './calibration-targets'
import {
  type AnomalyDraft,
  type AnomalyKind,
  type AnyRow,
  buildGroundTruth,
  DEFAULT_ANOMALY_COUNTS,
  type GroundTruth,
} from './ground-truth'
import { misspellName } from './names'
import { isNearDuplicateName } from './near-duplicate'
import { regionPrefix } from './persons'
import { makeRandom, type Random } from './random'
import type { KeluargaRow, PenerimaBantuanRow } from './types'

/** Tries `attempt` up to 200 times with random candidates; `null` when every try was rejected. */
function retry<T>(attempt: () => T | null): T | null {
  for (let tries = 0; tries < 200; tries++) {
    const result = attempt()
    if (result) return result
  }
  return null
}

/** Rows with planted anomalies added, and their ground truth. */
export function plantAnomalies(
  input: {
    keluarga: readonly KeluargaRow[]
    penerima: readonly PenerimaBantuanRow[]
    /** Codes of the desa (BLT-DD exists only there). */
    desa: ReadonlySet<string>
  },
  seed: number,
  counts: Readonly<Record<AnomalyKind, number>> = DEFAULT_ANOMALY_COUNTS,
): { keluarga: KeluargaRow[]; penerima: PenerimaBantuanRow[]; groundTruth: GroundTruth } {
  const random: Random = makeRandom(seed, 'anomalies')
  const keluarga = [...input.keluarga]
  const penerima = input.penerima
  const after = new Map<PenerimaBantuanRow, PenerimaBantuanRow[]>()
  const used = new Set<AnyRow>()
  const years = [...new Set(keluarga.map((row) => row.periode))].sort((a, b) => a - b)
  // One pass over each file builds the indexes every planting step draws from (nested maps, no string keys).
  const keluargaByYear = new Map<number, number[]>()
  keluarga.forEach((row, index) => {
    const list = keluargaByYear.get(row.periode)
    if (list) list.push(index)
    else keluargaByYear.set(row.periode, [index])
  })
  const byYearProgram = new Map<number, Map<string, PenerimaBantuanRow[]>>()
  const recipientFamilies = new Map<number, Set<string | null>>()
  for (const row of penerima) {
    const programs = byYearProgram.get(row.tahun) ?? new Map<string, PenerimaBantuanRow[]>()
    byYearProgram.set(row.tahun, programs)
    const list = programs.get(row.program)
    if (list) list.push(row)
    else programs.set(row.program, [row])
    const families = recipientFamilies.get(row.tahun) ?? new Set<string | null>()
    recipientFamilies.set(row.tahun, families)
    families.add(row.id_keluarga)
  }
  const keluargaOf = (year: number): number[] => keluargaByYear.get(year) ?? []
  const penerimaOf = (year: number, program: string): PenerimaBantuanRow[] =>
    byYearProgram.get(year)?.get(program) ?? []
  const isRecipient = (year: number, id: string): boolean => recipientFamilies.get(year)?.has(id) ?? false
  const hasBpnt = (year: number, id: string | null): boolean =>
    penerimaOf(year, 'BPNT').some((row) => row.id_keluarga === id)
  const added: PenerimaBantuanRow[] = []
  const insertAfter = (anchor: PenerimaBantuanRow, row: PenerimaBantuanRow): void => {
    after.set(anchor, [...(after.get(anchor) ?? []), row])
    added.push(row)
  }
  // Organic NIK serials stay below 9000 (persons.ts), so planted NIKs count down from 9999 and never clash.
  let plantedSerial = 9999
  const freshNik = (prefix: string): string => `${prefix}${plantedSerial--}`

  const plantDuplicateNik = (year: number): AnomalyDraft | null => {
    const indices = keluargaOf(year)
    return retry(() => {
      const source = keluarga[random.pick(indices)]
      const targetIndex = random.pick(indices)
      const target = keluarga[targetIndex]
      if (!source || !target || used.has(source) || used.has(target)) return null
      if (source.kode_desa === target.kode_desa || isRecipient(year, target.id_keluarga)) return null
      const { nik_kepala, nama_kepala, tanggal_lahir_kepala } = source
      const copy: KeluargaRow = { ...target, nik_kepala, nama_kepala, tanggal_lahir_kepala }
      keluarga[targetIndex] = copy
      used.add(source).add(copy)
      const description = `NIK ${nik_kepala} heads a household in ${source.kode_desa} and in ${target.kode_desa}`
      return { kind: 'duplicate_nik_across_villages', tahun: year, description, rows: [source, copy] }
    })
  }

  const plantRepeatedRow = (year: number): AnomalyDraft | null =>
    retry(() => {
      const original = random.pick(penerima)
      if (original.tahun !== year || used.has(original)) return null
      // (Drawing from all rows and rejecting other years keeps the programs in proportion.)
      const copy = { ...original }
      insertAfter(original, copy)
      used.add(original).add(copy)
      const who = original.nik ?? original.id_keluarga
      return {
        kind: 'repeated_row',
        tahun: year,
        description: `${original.program} row of ${who} listed twice`,
        rows: [original, copy],
      }
    })

  const plantDisallowed = (year: number, withPkh: boolean): AnomalyDraft | null => {
    const candidates = penerimaOf(year, withPkh ? 'PKH' : 'BLT_DD')
    if (candidates.length === 0) return null
    return retry(() => {
      const existing = random.pick(candidates)
      if (used.has(existing) || !input.desa.has(existing.kode_desa)) return null
      if (withPkh && hasBpnt(year, existing.id_keluarga)) return null
      const program = withPkh ? 'BLT_DD' : 'BPNT'
      const monthly = withPkh ? PROGRAM_BENEFITS.blt_dd_rp_per_month : PROGRAM_BENEFITS.bpnt_rp_per_month
      const extra: PenerimaBantuanRow = { ...existing, program, nilai_rp: 12 * monthly }
      insertAfter(existing, extra)
      used.add(existing).add(extra)
      const description = `family ${existing.id_keluarga} receives BLT_DD and ${withPkh ? 'PKH' : 'BPNT'}`
      return { kind: 'disallowed_combination', tahun: year, description, rows: [existing, extra] }
    })
  }

  const plantNearDuplicate = (year: number, program: 'PBI_JKN' | 'PIP'): AnomalyDraft | null => {
    const candidates = penerimaOf(year, program)
    const villages = [...new Set(candidates.map((row) => row.kode_desa))]
    return retry(() => {
      const original = random.pick(candidates)
      const village = random.pick(villages)
      if (used.has(original) || !original.nik || !original.nama || village === original.kode_desa) return null
      const nama = misspellName(random, original.nama)
      // The new name must pair with the original only, not with anyone else born that day.
      const isClash = (row: PenerimaBantuanRow): boolean =>
        row.nik !== original.nik &&
        row.tanggal_lahir === original.tanggal_lahir &&
        isNearDuplicateName(row.nama ?? '', nama)
      if (candidates.some(isClash) || added.some((row) => row.program === program && isClash(row)))
        return null
      const nik = freshNik(`${regionPrefix(village)}${original.nik.slice(6, 12)}`)
      const listed: PenerimaBantuanRow = { ...original, id_keluarga: null, nik, nama, kode_desa: village }
      const anchor = candidates.find((row) => row.kode_desa === village) ?? original
      insertAfter(anchor, listed)
      used.add(original).add(listed)
      const description = `"${original.nama}" (${original.kode_desa}) and "${nama}" (${village}), born ${original.tanggal_lahir}`
      return { kind: 'near_duplicate_name', tahun: year, description, rows: [original, listed] }
    })
  }

  const drafts: AnomalyDraft[] = []
  const kinds = Object.keys(counts) as AnomalyKind[]
  kinds.forEach((kind, kindIndex) => {
    for (let index = 0; index < counts[kind]; index++) {
      // Spread over the years; BLT-DD exists from 2020 only, so disallowed combinations skip 2019.
      const pool = kind === 'disallowed_combination' ? years.filter((year) => year >= 2020) : years
      const year = pool[(index + kindIndex) % Math.max(1, pool.length)] ?? 0
      const draft =
        kind === 'duplicate_nik_across_villages'
          ? plantDuplicateNik(year)
          : kind === 'repeated_row'
            ? plantRepeatedRow(year)
            : kind === 'disallowed_combination'
              ? plantDisallowed(year, index % 2 === 0)
              : plantNearDuplicate(year, index % 2 === 0 ? 'PBI_JKN' : 'PIP')
      if (draft) drafts.push(draft)
    }
  })

  const finalPenerima: PenerimaBantuanRow[] = []
  for (const row of penerima) {
    finalPenerima.push(row)
    for (const extra of after.get(row) ?? []) finalPenerima.push(extra)
  }
  return {
    keluarga,
    penerima: finalPenerima,
    groundTruth: buildGroundTruth(drafts, { keluarga, penerima: finalPenerima }, kinds, seed),
  }
}
