import type { ProgramCode } from '../programs.ts'
import type { CombinationRuleRow } from './combination-rules.ts'
import type { ResultRow } from './planner-request.ts'

/**
 * A row of `public.pasangan_duplikat` as PGlite returns it (numeric as a string, names masked), for tests
 * of the engines and the queries; `overrides` change or add columns.
 */
export function makeDuplicatePairRow(overrides: ResultRow = {}): ResultRow {
  return {
    kunci: '0123456789abcdef0123456789abcdef',
    jenis: 'persis',
    alasan: 'kepala_lintas_desa',
    skor: '1.0',
    jarak_edit: 0,
    tahun: 2025,
    program: 'DTSEN',
    sumber: 'keluarga',
    kode_desa_a: '64.08.04.1010',
    kode_desa_b: '64.08.04.2012',
    nama_a: 'K*** K***',
    nama_b: 'K*** K***',
    tanggal_lahir_a: null,
    tanggal_lahir_b: null,
    keputusan: null,
    catatan: null,
    diputuskan_pada: null,
    ...overrides,
  }
}

/** A row of `public.kombinasi_program` for the pair `programs` (`program_a < program_b`), changed at `diubah_pada`. */
export function makeRuleRow(
  programs: readonly [ProgramCode, ProgramCode],
  diizinkan: boolean,
  alasan: string,
  diubah_pada = '2026-12-01T00:00:00+00:00',
): CombinationRuleRow {
  return { program_a: programs[0], program_b: programs[1], diizinkan, alasan, diubah_pada }
}
