/**
 * Reference detectors for the planted anomaly kinds, with the demo's exact definitions. Tests and the CLI
 * use them to prove the organic data contain none of these and the planted ones are all found.
 */
import type { AnomalyKind } from './ground-truth'
import {
  bitCount,
  isWithinEdits,
  letterMask,
  NEAR_DUPLICATE_MAX_EDITS,
  normalizeName,
} from './near-duplicate'
import type { KeluargaRow, PenerimaBantuanRow } from './types'

/** Findings per kind; each finding is one anomaly (a group or pair of rows). */
export type Detections = Record<AnomalyKind, PenerimaBantuanRow[][] | KeluargaRow[][]>

type Key = string | number | null

/**
 * Groups rows by several keys at once (nested maps, so no composite string is built per row: this runs
 * over millions of rows). Rows with a `null` key are left out.
 */
function groupBy<Row>(rows: readonly Row[], keys: readonly ((row: Row) => Key)[]): Row[][] {
  const root = new Map<Key, unknown>()
  const leaves: Row[][] = []
  for (const row of rows) {
    let level = root
    let list: Row[] | undefined
    for (let depth = 0; depth < keys.length; depth++) {
      const key = keys[depth]?.(row) ?? null
      if (key === null) break
      const next = level.get(key)
      if (depth === keys.length - 1) {
        list = next as Row[] | undefined
        if (!list) {
          list = []
          leaves.push(list)
          level.set(key, list)
        }
      } else if (next) level = next as Map<Key, unknown>
      else {
        const created = new Map<Key, unknown>()
        level.set(key, created)
        level = created
      }
    }
    list?.push(row)
  }
  return leaves
}

/** Head NIKs that head households in two or more villages in the same periode. */
export function findDuplicateNiks(keluarga: readonly KeluargaRow[]): KeluargaRow[][] {
  const groups = groupBy(keluarga, [(row) => row.periode, (row) => row.nik_kepala])
  return groups.filter((group) => group.length > 1 && new Set(group.map((row) => row.kode_desa)).size > 1)
}

const identityOf = (row: PenerimaBantuanRow): string | null => row.nik ?? row.id_keluarga

/** Recipient rows that appear more than once with identical values. */
export function findRepeatedRows(penerima: readonly PenerimaBantuanRow[]): PenerimaBantuanRow[][] {
  const candidates = groupBy(penerima, [(row) => row.tahun, (row) => row.program, identityOf])
  return candidates
    .filter((group) => group.length > 1)
    .flatMap((group) => groupBy(group, [(row) => JSON.stringify(Object.values(row))]))
    .filter((group) => group.length > 1)
}

/** Families (per year) with BLT-DD together with PKH or BPNT. */
export function findDisallowedCombinations(penerima: readonly PenerimaBantuanRow[]): PenerimaBantuanRow[][] {
  const groups = groupBy(penerima, [(row) => row.tahun, (row) => row.id_keluarga])
  return groups.filter((group) => {
    if (group.length < 2) return false
    const programs = new Set(group.map((row) => row.program))
    return programs.has('BLT_DD') && (programs.has('PKH') || programs.has('BPNT'))
  })
}

/**
 * Pairs of rows of the same program and year, with the same birth date, different identity (NIK, or KK
 * when there is no NIK) and names at most two edits apart.
 */
export function findNearDuplicateNames(penerima: readonly PenerimaBantuanRow[]): PenerimaBantuanRow[][] {
  const groups = groupBy(penerima, [(row) => row.tahun, (row) => row.program, (row) => row.tanggal_lahir])
  const pairs: PenerimaBantuanRow[][] = []
  for (const group of groups) {
    if (group.length < 2) continue
    const names = group.map((row) => normalizeName(row.nama ?? ''))
    const masks = names.map(letterMask)
    for (let first = 0; first < group.length; first++) {
      for (let second = first + 1; second < group.length; second++) {
        const a = group[first]
        const b = group[second]
        if (!a?.nama || !b?.nama || identityOf(a) === identityOf(b)) continue
        // Each edit changes at most two letters of the mask: a cheap filter before the edit distance.
        if (bitCount((masks[first] ?? 0) ^ (masks[second] ?? 0)) > 2 * NEAR_DUPLICATE_MAX_EDITS) continue
        if (isWithinEdits(names[first] ?? '', names[second] ?? '', NEAR_DUPLICATE_MAX_EDITS))
          pairs.push([a, b])
      }
    }
  }
  return pairs
}

/** Every detector on the generated rows. */
export function detectAnomalies(rows: {
  keluarga: readonly KeluargaRow[]
  penerima: readonly PenerimaBantuanRow[]
}): Detections {
  return {
    duplicate_nik_across_villages: findDuplicateNiks(rows.keluarga),
    repeated_row: findRepeatedRows(rows.penerima),
    disallowed_combination: findDisallowedCombinations(rows.penerima),
    near_duplicate_name: findNearDuplicateNames(rows.penerima),
  }
}
