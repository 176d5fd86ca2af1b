/**
 * People and family cards with the real number structures:
 * - NIK: 6-digit region code (province, kabupaten, kecamatan: `640804`) + birth date DDMMYY with 40 added
 *   to the day for women + a 4-digit serial;
 * - nomor KK: 6-digit region code + issue date DDMMYY + a 4-digit serial.
 * The registry makes every NIK and KK unique, and keeps names of people sharing a birth date at least three
 * edits apart (`near-duplicate.ts`), so that duplicates in the output are only the planted ones.
 */
import { drawName, type Ethnic } from './names'
import {
  bitCount,
  isWithinEdits,
  letterMask,
  NEAR_DUPLICATE_MAX_EDITS,
  normalizeName,
} from './near-duplicate'
import type { Random } from './random'

/** One resident. */
export interface Person {
  nik: string
  nama: string
  /** `YYYY-MM-DD`. */
  tanggal_lahir: string
  birthYear: number
  isFemale: boolean
  /** Severe disability (a PKH component). */
  hasSevereDisability: boolean
}

/** Hands out unique NIK and KK numbers and guards against organic near-duplicate names. */
export interface PersonRegistry {
  readonly serials: Map<string, number>
  /** Normalised names and their letter masks, per birth date. */
  readonly namesByBirthDate: Map<string, { names: string[]; masks: number[] }>
}

export function makePersonRegistry(): PersonRegistry {
  return { serials: new Map(), namesByBirthDate: new Map() }
}

/** Share of people with a severe disability: a round figure chosen for the demo (not a calibrated fact). */
const SEVERE_DISABILITY_SHARE = 0.01
/** Attempts at a fresh name before moving the birth date by a day. */
const NAME_ATTEMPTS = 20

const pad = (value: number, width: number): string => String(value).padStart(width, '0')

/** `kode` `64.08.04` or `64.08.04.1010` → NIK/KK region prefix `640804`. */
export function regionPrefix(kode: string): string {
  return kode.slice(0, 8).replaceAll('.', '')
}

/** Serials 9000–9999 are left free for planted anomalies (`anomalies.ts`). */
export const MAX_ORGANIC_SERIAL = 8999

/** Next free 16-digit number for a 12-digit prefix (region + date). */
function nextNumber(registry: PersonRegistry, prefix: string): string {
  const serial = (registry.serials.get(prefix) ?? 0) + 1
  if (serial > MAX_ORGANIC_SERIAL)
    throw new Error(`more than ${MAX_ORGANIC_SERIAL} numbers for prefix ${prefix}`)
  registry.serials.set(prefix, serial)
  return `${prefix}${pad(serial, 4)}`
}

/** A unique nomor KK issued in `region` on the date `year-month-day`. */
export function issueKk(
  registry: PersonRegistry,
  region: string,
  year: number,
  month: number,
  day: number,
): string {
  return nextNumber(registry, `${region}${pad(day, 2)}${pad(month, 2)}${pad(year % 100, 2)}`)
}

/** A unique NIK for someone born on `tanggal_lahir`, registered in `region`. */
export function issueNik(
  registry: PersonRegistry,
  region: string,
  tanggal_lahir: string,
  isFemale: boolean,
): string {
  const [year = '', month = '', day = ''] = tanggal_lahir.split('-')
  const nikDay = Number(day) + (isFemale ? 40 : 0)
  return nextNumber(registry, `${region}${pad(nikDay, 2)}${month}${year.slice(2)}`)
}

function isNameFree(
  registry: PersonRegistry,
  tanggal_lahir: string,
  normalized: string,
  mask: number,
): boolean {
  const taken = registry.namesByBirthDate.get(tanggal_lahir)
  if (!taken) return true
  for (let index = 0; index < taken.names.length; index++) {
    if (bitCount(mask ^ (taken.masks[index] ?? 0)) > 2 * NEAR_DUPLICATE_MAX_EDITS) continue
    if (isWithinEdits(normalized, taken.names[index] ?? '', NEAR_DUPLICATE_MAX_EDITS)) return false
  }
  return true
}

/** A random date in `year` up to month `lastMonth` (days 1–28 keep every month valid). */
function drawDate(random: Random, year: number, lastMonth: number): string {
  return `${year}-${pad(1 + random.int(lastMonth), 2)}-${pad(1 + random.int(28), 2)}`
}

/** The day after `tanggal_lahir` within the same month (day ≤ 28 stays valid). */
function nextDay(tanggal_lahir: string): string {
  const day = Number(tanggal_lahir.slice(8))
  return `${tanggal_lahir.slice(0, 8)}${pad(day >= 28 ? 1 : day + 1, 2)}`
}

/** What a new person needs. */
export interface PersonSpec {
  ethnic: Ethnic
  isFemale: boolean
  birthYear: number
  /** NIK region prefix (where the person was first registered). */
  region: string
  /** Latest birth month (babies of a mid-year snapshot are born by June); default 12. */
  lastMonth?: number
}

/** A new person with a unique NIK and a name no other person born the same day comes close to. */
export function makePerson(random: Random, registry: PersonRegistry, spec: PersonSpec): Person {
  let tanggal_lahir = drawDate(random, spec.birthYear, spec.lastMonth ?? 12)
  let nama = drawName(random, spec.ethnic, spec.isFemale)
  let normalized = normalizeName(nama)
  let mask = letterMask(normalized)
  for (let attempt = 1; !isNameFree(registry, tanggal_lahir, normalized, mask); attempt++) {
    if (attempt % NAME_ATTEMPTS === 0) tanggal_lahir = nextDay(tanggal_lahir)
    nama = drawName(random, spec.ethnic, spec.isFemale)
    normalized = normalizeName(nama)
    mask = letterMask(normalized)
  }
  const taken = registry.namesByBirthDate.get(tanggal_lahir)
  if (taken) {
    taken.names.push(normalized)
    taken.masks.push(mask)
  } else registry.namesByBirthDate.set(tanggal_lahir, { names: [normalized], masks: [mask] })
  return {
    nik: issueNik(registry, spec.region, tanggal_lahir, spec.isFemale),
    nama,
    tanggal_lahir,
    birthYear: spec.birthYear,
    isFemale: spec.isFemale,
    hasSevereDisability: random.chance(SEVERE_DISABILITY_SHARE),
  }
}
