/**
 * Official codes and names from the npm package idn-area-data (Kepmendagri 2025), read from its CSV
 * files, and the check of a boundary file against them. Missing codes on either side are fatal (a
 * village would vanish or appear without an official identity); spelling differences are warnings and
 * idn-area-data's spelling is what we publish.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { BuildError } from './build-error.ts'
import { groupByKecamatan } from './region-codes.ts'
import { sha256Hex } from './sha256.ts'
import type { NamesSource } from './sources.ts'

/** Default install folder of the names package. */
export const NAMES_PACKAGE_DIR = path.resolve(import.meta.dirname, '../../node_modules/idn-area-data')

/** Official names of one kabupaten and everything in it. */
export interface ReferenceNames {
  kabupaten: { kode: string; nama: string }
  /** kecamatan code → name */
  kecamatan: Map<string, string>
  /** village code → name */
  villages: Map<string, string>
}

/** Parses RFC 4180 CSV: quoted fields may hold commas, newlines and `""` (an escaped quote). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let isQuoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (isQuoted) {
      if (char === '"' && text[index + 1] === '"') [field, index] = [`${field}"`, index + 1]
      else if (char === '"') isQuoted = false
      else field += char
    } else if (char === '"') isQuoted = true
    else if (char === ',') [row, field] = [[...row, field], '']
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++
      rows.push([...row, field])
      ;[row, field] = [[], '']
    } else field += char
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

async function readPinnedCsv(
  dir: string,
  pin: { path: string; sha256: string },
  header: string,
): Promise<string[][]> {
  const file = path.join(dir, pin.path)
  const bytes = await readFile(file).catch((error: Error) => {
    throw new BuildError(`cannot read (${error.message})`, {
      file,
      hint: 'run npm ci to install idn-area-data',
    })
  })
  const actual = sha256Hex(bytes)
  if (actual !== pin.sha256) {
    throw new BuildError(`sha256 is ${actual} but data/sources.json pins ${pin.sha256}`, {
      file,
      hint: 'run npm ci (package-lock.json pins the version), or update the pins if the package was upgraded on purpose',
    })
  }
  const [first, ...rows] = parseCsv(bytes.toString('utf8'))
  if (first?.join(',') !== header) {
    throw new BuildError(`header is "${first?.join(',')}", expected "${header}"`, {
      file,
      line: 1,
      hint: 'the package layout changed: update scripts/data/reference-names.ts',
    })
  }
  return rows
}

/** Reads the pinned CSV files of the names package and keeps the rows of one kabupaten. */
export async function loadReferenceNames(
  source: NamesSource,
  region: string,
  packageDir: string = NAMES_PACKAGE_DIR,
): Promise<ReferenceNames> {
  const packageFile = path.join(packageDir, 'package.json')
  const installed = JSON.parse(await readFile(packageFile, 'utf8').catch(() => '{}')) as { version?: string }
  if (installed.version !== source.version) {
    throw new BuildError(
      `${source.package} is ${installed.version ?? 'not installed'}, data/sources.json pins ${source.version}`,
      {
        file: packageFile,
        hint: 'run npm ci',
      },
    )
  }
  const [regencies, districts, villages] = await Promise.all([
    readPinnedCsv(packageDir, source.files.regencies, 'code,province_code,name'),
    readPinnedCsv(packageDir, source.files.districts, 'code,regency_code,name'),
    readPinnedCsv(packageDir, source.files.villages, 'code,district_code,name'),
  ])
  const regency = regencies.find(([code]) => code === region)
  if (!regency) {
    throw new BuildError(`kabupaten/kota ${region} is not in ${source.files.regencies.path}`, {
      file: path.join(packageDir, source.files.regencies.path),
      hint: 'check --region against the Kemendagri code list',
    })
  }
  const inRegion = (rows: string[][]) =>
    rows.filter(([, parent = '']) => parent === region || parent.startsWith(`${region}.`))
  return {
    kabupaten: { kode: region, nama: regency[2] ?? '' },
    kecamatan: new Map(inRegion(districts).map(([code = '', , name = '']) => [code, name])),
    villages: new Map(inRegion(villages).map(([code = '', , name = '']) => [code, name])),
  }
}

/** Lower-case ASCII letters and digits separated by single spaces: `Api-api` and `API API` compare equal. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** A village whose name in the boundary file differs from the official one. */
export interface NameWarning {
  kode: string
  boundary_nama: string
  reference_nama: string
}

/** Outcome of {@link checkNames}: the first three lists are fatal when non-empty. */
export interface NameCheck {
  /** Village codes in the boundary file but not in idn-area-data. */
  missingInReference: string[]
  /** Village codes in idn-area-data but not in the boundary file. */
  missingInBoundaries: string[]
  /** Kecamatan codes implied by the boundary file but absent from idn-area-data. */
  unknownKecamatan: string[]
  warnings: NameWarning[]
}

/** Compares the boundary file's codes and names with the official list. */
export function checkNames(
  rows: ReadonlyArray<{ kode: string; nama: string }>,
  reference: ReferenceNames,
): NameCheck {
  const boundaryCodes = new Set(rows.map((row) => row.kode))
  const warnings: NameWarning[] = []
  for (const row of rows) {
    const official = reference.villages.get(row.kode)
    if (official !== undefined && normaliseName(official) !== normaliseName(row.nama)) {
      warnings.push({ kode: row.kode, boundary_nama: row.nama, reference_nama: official })
    }
  }
  return {
    missingInReference: [...boundaryCodes].filter((code) => !reference.villages.has(code)).sort(),
    missingInBoundaries: [...reference.villages.keys()].filter((code) => !boundaryCodes.has(code)).sort(),
    unknownKecamatan: [...groupByKecamatan([...boundaryCodes]).keys()].filter(
      (code) => !reference.kecamatan.has(code),
    ),
    warnings: warnings.sort((a, b) => (a.kode < b.kode ? -1 : 1)),
  }
}

/** Stops the build when codes are missing on either side; names the file and lists the codes. */
export function assertCodesMatch(check: NameCheck, file: string): void {
  const problems = [
    check.missingInReference.length > 0 && `not in idn-area-data: ${check.missingInReference.join(', ')}`,
    check.missingInBoundaries.length > 0 && `no boundary for: ${check.missingInBoundaries.join(', ')}`,
    check.unknownKecamatan.length > 0 && `unknown kecamatan: ${check.unknownKecamatan.join(', ')}`,
  ].filter(Boolean)
  if (problems.length > 0) {
    throw new BuildError(`codes differ from idn-area-data (${problems.join('; ')})`, {
      file,
      hint: 'the boundary file and the names package describe different code lists: pin matching versions in data/sources.json',
    })
  }
}
