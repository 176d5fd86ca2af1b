/**
 * The social-assistance programs: one declaration that the indicator ids, labels and counts read, and
 * that `public.program_bantuan` must match (`npm run gen:dictionary` writes its names, `-- --check`
 * fails when they differ).
 *
 * Pure declarations.
 */
import type { Localized } from '../../lib/language.ts'
import type { ProgramEntry } from './types.ts'

/** The unit of a recipient count, from who a listing names. */
const LISTS: Readonly<Record<ProgramEntry['satuan'], Localized>> = {
  keluarga: { id: 'KK', en: 'households' },
  orang: { id: 'jiwa', en: 'people' },
  siswa: { id: 'siswa', en: 'students' },
}

/** One program: its indicator ids are its code in lower case, its unit follows from `satuan`. */
const program = (
  code: string,
  satuan: ProgramEntry['satuan'],
  shortName: Localized,
  name: Localized,
): ProgramEntry => ({ code, id: code.toLowerCase(), shortName, name, satuan, lists: LISTS[satuan] })

/** The programs in the dictionary's order (`public.program_bantuan.urutan`). */
export const PROGRAMS: readonly ProgramEntry[] = [
  program(
    'PKH',
    'keluarga',
    { id: 'PKH', en: 'PKH (conditional cash transfer)' },
    { id: 'Program Keluarga Harapan', en: 'Family Hope Program (conditional cash transfer)' },
  ),
  program(
    'BPNT',
    'keluarga',
    { id: 'BPNT/Sembako', en: 'BPNT/Sembako (food aid)' },
    { id: 'Bantuan Pangan Non Tunai / Program Sembako', en: 'Non-cash food assistance (Sembako)' },
  ),
  program(
    'BLT_DD',
    'keluarga',
    { id: 'BLT Dana Desa', en: 'BLT Dana Desa (village cash aid)' },
    { id: 'Bantuan Langsung Tunai Dana Desa', en: 'Village Fund direct cash transfer' },
  ),
  program(
    'PBI_JKN',
    'orang',
    { id: 'PBI-JKN', en: 'PBI-JKN (subsidised health insurance)' },
    {
      id: 'Penerima Bantuan Iuran Jaminan Kesehatan Nasional',
      en: 'National health insurance contribution assistance',
    },
  ),
  program(
    'PIP',
    'siswa',
    { id: 'PIP', en: 'PIP (school aid)' },
    { id: 'Program Indonesia Pintar', en: 'Smart Indonesia Program (school cash assistance)' },
  ),
]
