/**
 * Test helpers around our hand-made fixtures (tests/fixtures/README.md): a sources manifest pinning
 * them, a download cache laid out like the real one, and temp folders. Tests only; never imported by
 * the build itself.
 */
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { sha256Hex } from '../sha256.ts'
import { cachePathOf, parseSources, type Sources } from '../sources.ts'

/** tests/fixtures */
export const FIXTURES_DIR = path.resolve(import.meta.dirname, '../../../tests/fixtures')
/** The fictitious kabupaten of the fixtures. */
export const FIXTURE_REGION = '99.01'
/** Hand-made boundary dump of 99.01 (5 villages, 2 kecamatan). */
export const FIXTURE_BOUNDARY_FILE = path.join(
  FIXTURES_DIR,
  'wilayah-boundaries/wilayah_boundaries_kel_99.01.sql',
)
const FIXTURE_LICENCE_FILE = path.join(FIXTURES_DIR, 'wilayah-boundaries/LICENSE')
/** A names package of the same layout as idn-area-data, with 99.01 and 99.02 only. */
export const FIXTURE_NAMES_DIR = path.join(FIXTURES_DIR, 'idn-area-data-mini')

const COMMIT = 'f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1'
const BASE_URL = `https://raw.githubusercontent.com/example/fixture-boundaries/${COMMIT}`

const hashOf = (file: string) => sha256Hex(readFileSync(file))

/** A validated sources manifest pinning the fixtures; `boundarySha256` overrides the boundary pin. */
export function makeFixtureSources(options: { boundarySha256?: string } = {}): Sources {
  const file = (name: string, relative: string, sha256: string) => ({
    name,
    url: `${BASE_URL}/${relative}`,
    commit: COMMIT,
    sha256,
    licence: 'MIT',
    attribution: 'Batas desa: fixture buatan sendiri (uji).',
  })
  const csv = (name: string) => ({
    path: `data/${name}.csv`,
    sha256: hashOf(path.join(FIXTURE_NAMES_DIR, `data/${name}.csv`)),
  })
  return parseSources(
    {
      boundaries: {
        [FIXTURE_REGION]: file(
          'fixture boundaries 99.01',
          'db/kel/99/wilayah_boundaries_kel_99.01.sql',
          options.boundarySha256 ?? hashOf(FIXTURE_BOUNDARY_FILE),
        ),
      },
      boundary_licence: file('fixture LICENSE', 'LICENSE', hashOf(FIXTURE_LICENCE_FILE)),
      names: {
        name: 'idn-area-data fixture',
        package: 'idn-area-data',
        version: '0.0.0-fixture',
        url: 'https://example.org/idn-area-data-fixture',
        integrity: 'sha512-fixture',
        licence: 'MIT (code), ODbL-1.0 (data)',
        attribution: 'Kode dan nama wilayah: fixture (uji).',
        files: { regencies: csv('regencies'), districts: csv('districts'), villages: csv('villages') },
      },
    },
    'fixture sources',
  )
}

const tempDirs: string[] = []

/** A fresh empty folder under the OS temp dir; {@link removeTempDirs} deletes them all. */
export async function makeTempDir(prefix = 'data-build-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  tempDirs.push(dir)
  return dir
}

/** Deletes every folder made by {@link makeTempDir} in this test file (use in `afterAll`). */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
}

/**
 * Fills `dir` like a download cache (`<owner>/<repo>/<commit>/<path>`) with the fixture boundary file
 * (or `boundaryText` instead) and licence, for the given sources.
 */
export async function makeFixtureCache(dir: string, sources: Sources, boundaryText?: string): Promise<void> {
  const boundary = sources.boundaries[FIXTURE_REGION]
  if (!boundary) throw new Error('makeFixtureCache() needs sources from makeFixtureSources()')
  const entries: Array<[string, string | Buffer]> = [
    [cachePathOf(boundary), boundaryText ?? readFileSync(FIXTURE_BOUNDARY_FILE)],
    [cachePathOf(sources.boundary_licence), readFileSync(FIXTURE_LICENCE_FILE)],
  ]
  for (const [relative, content] of entries) {
    await mkdir(path.dirname(path.join(dir, relative)), { recursive: true })
    await writeFile(path.join(dir, relative), content)
  }
}
