import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildSnapshot, manifestSources } from './export-snapshot.ts'
import { isSnapshotCurrent } from './is-snapshot-current.ts'
import { makeFixtureSources, makeTempDir, removeTempDirs } from './testing/fixtures.ts'

afterAll(removeTempDirs)

const PINNED_SHA256 = makeFixtureSources().boundaries['99.01']?.sha256 ?? ''

/** A complete snapshot of 99.01 in a temp folder, written as the build would. */
async function makeSnapshotDir(): Promise<string> {
  const square = [
    [
      [
        [117, 0],
        [117.1, 0],
        [117.1, 0.1],
        [117, 0.1],
        [117, 0],
      ],
    ],
  ]
  const { files, manifest } = buildSnapshot({
    regions: [
      {
        kode: '99.01',
        nama: 'K',
        level: 'kabupaten',
        jenis: null,
        parent: null,
        luas_km2: 1,
        label_lng: 117.05,
        label_lat: 0.05,
        jumlah_desa: 0,
        geometry: { type: 'MultiPolygon', coordinates: square },
      },
    ],
    sources: manifestSources(makeFixtureSources(), '99.01'),
    nameWarnings: [],
    geometryWarnings: [],
    licenceText: 'licence',
    createdAt: new Date('2025-01-01T00:00:00Z'),
    simplifyPercent: 10,
    quantization: 1e5,
  })
  const dir = path.join(await makeTempDir(), 'data')
  await mkdir(dir)
  for (const file of files) await writeFile(path.join(dir, file.path), file.content)
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest))
  return dir
}

describe('isSnapshotCurrent()', () => {
  it('accepts a complete snapshot of the requested region and pinned file', async () => {
    const status = await isSnapshotCurrent(await makeSnapshotDir(), '99.01', PINNED_SHA256)
    expect(status).toEqual({
      isCurrent: true,
      reason: expect.stringMatching(/^snapshot 99\.01-20250101T000000Z-/),
    })
  })

  it.each([
    ['no manifest', async (dir: string) => rm(path.join(dir, 'manifest.json')), '99.01', /no readable/],
    [
      'a manifest of another shape',
      async (dir: string) => writeFile(path.join(dir, 'manifest.json'), '{}'),
      '99.01',
      /schema/,
    ],
    ['another region', async () => undefined, '64.08', /for region 99\.01, 64\.08 was requested/],
    [
      'a missing data file',
      async (dir: string) => rm(path.join(dir, 'regions.topojson')),
      '99.01',
      /regions\.topojson is missing/,
    ],
    [
      'a truncated data file',
      async (dir: string) =>
        writeFile(
          path.join(dir, 'regions.topojson'),
          (await readFile(path.join(dir, 'regions.topojson'))).subarray(1),
        ),
      '99.01',
      /regions\.topojson is missing or has another size/,
    ],
  ])('asks for a build when there is %s', async (_case, damage, region, reason) => {
    const dir = await makeSnapshotDir()
    await damage(dir)
    const status = await isSnapshotCurrent(dir, region, PINNED_SHA256)
    expect(status.isCurrent).toBe(false)
    expect(status.reason).toMatch(reason)
  })

  it('asks for a build when the pinned boundary file changed', async () => {
    const status = await isSnapshotCurrent(await makeSnapshotDir(), '99.01', 'b'.repeat(64))
    expect(status).toEqual({
      isCurrent: false,
      reason: 'the pinned boundary file changed since the snapshot was built',
    })
  })
})
