/**
 * The social-assistance programs: one declaration that the indicator ids, labels and counts read, and
 * that `public.program_bantuan` must match (`npm run gen:dictionary` writes its names, `-- --check`
 * fails when they differ).
 *
 * Pure declarations.
 */
import type { Localized } from '../../lib/language.ts'
import type { ProgramEntry } from './types.ts'

const KK: Localized = { id: 'KK', en: 'households' }

/** The programs in the dictionary's order (`public.program_bantuan.urutan`). */
export const PROGRAMS: readonly ProgramEntry[] = [
  {
    code: 'PKH',
    id: 'pkh',
    shortName: { id: 'PKH', en: 'PKH (conditional cash transfer)' },
    name: { id: 'Program Keluarga Harapan', en: 'Family Hope Program (conditional cash transfer)' },
    satuan: 'keluarga',
    lists: KK,
  },
  {
    code: 'BPNT',
    id: 'bpnt',
    shortName: { id: 'BPNT/Sembako', en: 'BPNT/Sembako (food aid)' },
    name: { id: 'Bantuan Pangan Non Tunai / Program Sembako', en: 'Non-cash food assistance (Sembako)' },
    satuan: 'keluarga',
    lists: KK,
  },
  {
    code: 'BLT_DD',
    id: 'blt_dd',
    shortName: { id: 'BLT Dana Desa', en: 'BLT Dana Desa (village cash aid)' },
    name: { id: 'Bantuan Langsung Tunai Dana Desa', en: 'Village Fund direct cash transfer' },
    satuan: 'keluarga',
    lists: KK,
  },
  {
    code: 'PBI_JKN',
    id: 'pbi_jkn',
    shortName: { id: 'PBI-JKN', en: 'PBI-JKN (subsidised health insurance)' },
    name: {
      id: 'Penerima Bantuan Iuran Jaminan Kesehatan Nasional',
      en: 'National health insurance contribution assistance',
    },
    satuan: 'orang',
    lists: { id: 'jiwa', en: 'people' },
  },
  {
    code: 'PIP',
    id: 'pip',
    shortName: { id: 'PIP', en: 'PIP (school aid)' },
    name: { id: 'Program Indonesia Pintar', en: 'Smart Indonesia Program (school cash assistance)' },
    satuan: 'siswa',
    lists: { id: 'siswa', en: 'students' },
  },
]
