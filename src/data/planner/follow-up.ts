import { z } from 'zod/mini'
import type { Database } from '../database.types.ts'

type FollowUpRow = Database['public']['Tables']['tindak_lanjut_desa']['Row']

/** The statuses of a village follow-up (`tindak_lanjut_desa.status`), in the order the UI offers them. */
export const FOLLOW_UP_STATUSES = ['perlu_verifikasi', 'sudah_diverifikasi'] as const

/** `perlu_verifikasi`: needs a field check; `sudah_diverifikasi`: checked. */
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number]

/** The columns every follow-up query reads (typed against the generated database types). */
export const FOLLOW_UP_COLUMNS = [
  'id',
  'kode_desa',
  'status',
  'catatan',
  'penulis',
  'dibuat_pada',
] as const satisfies readonly (keyof FollowUpRow)[]

/**
 * The author the database signs local-mode follow-ups with: the browser's database belongs to one device
 * and its requests carry no user (private.penulis_permintaan() in supabase/migrations).
 */
export const LOCAL_DEVICE_AUTHOR = 'perangkat-lokal'

/**
 * One row of the follow-up log of a village (`public.tindak_lanjut_desa`): `penulis` is the author's label,
 * stamped by the database (the JWT's e-mail on Supabase, {@link LOCAL_DEVICE_AUTHOR} in local mode),
 * `dibuat_pada` an ISO 8601 timestamp from the server clock.
 */
export type FollowUp = Omit<Pick<FollowUpRow, (typeof FOLLOW_UP_COLUMNS)[number]>, 'status'> & {
  status: FollowUpStatus
}

/** Longest note the table accepts (its check constraint). */
export const MAX_NOTE_LENGTH = 2000

/** Schema of a follow-up row as every engine returns it. */
export const followUpSchema = z.object({
  // int8: PostgREST sends a number, node-postgres a string; both are the same id.
  id: z.coerce.number().check(z.positive(), z.multipleOf(1)),
  kode_desa: z.string().check(z.regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/)),
  status: z.enum(FOLLOW_UP_STATUSES),
  catatan: z.string(),
  penulis: z.string().check(z.minLength(1)),
  dibuat_pada: z.string().check(z.minLength(1)),
})
