/** Test builder of a program as `programs.json` declares it (read by data/programs.ts). */
import type { Program } from '../programs.ts'

/** BPNT, paid per family from APBN, Rp2.4 million a year; `overrides` change any field. */
export function makeProgram(overrides: Partial<Program> = {}): Program {
  return {
    kode: 'BPNT',
    nama: 'Bantuan Pangan Non Tunai',
    nama_en: 'Food assistance',
    satuan: 'keluarga',
    sumber_dana: 'APBN',
    syarat: 'Keluarga miskin',
    syarat_en: 'Poor families',
    manfaat: 'Rp200.000 per bulan',
    manfaat_en: 'Rp200,000 a month',
    manfaat_min_rp: 2_400_000,
    manfaat_maks_rp: 2_400_000,
    urutan: 2,
    ...overrides,
  }
}
