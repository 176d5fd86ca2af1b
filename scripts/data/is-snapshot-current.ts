/**
 * For `npm run data:if-missing` (run before `npm start`): is there already a complete snapshot of the
 * requested region, built from the boundary file pinned today? Cheap checks only (manifest + file sizes),
 * so a fresh clone builds once and later starts are instant.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { snapshotManifestSchema } from './snapshot-manifest.ts'

/** Why a build is or is not needed, in words for the console. */
export interface SnapshotStatus {
  isCurrent: boolean
  reason: string
}

/** Checks `<outDir>/manifest.json` against the requested region and the pinned boundary sha256. */
export async function isSnapshotCurrent(
  outDir: string,
  region: string,
  boundarySha256: string,
): Promise<SnapshotStatus> {
  const manifestFile = path.join(outDir, 'manifest.json')
  let value: unknown
  try {
    value = JSON.parse(await readFile(manifestFile, 'utf8'))
  } catch {
    return { isCurrent: false, reason: `no readable ${manifestFile}` }
  }
  const parsed = snapshotManifestSchema.safeParse(value)
  if (!parsed.success)
    return { isCurrent: false, reason: `${manifestFile} does not match the manifest schema` }
  const manifest = parsed.data
  if (manifest.region.kode !== region) {
    return {
      isCurrent: false,
      reason: `snapshot is for region ${manifest.region.kode}, ${region} was requested`,
    }
  }
  const boundary = manifest.sources.find((source) => source.id === 'boundaries')
  if (boundary?.sha256 !== boundarySha256) {
    return { isCurrent: false, reason: 'the pinned boundary file changed since the snapshot was built' }
  }
  for (const file of manifest.files) {
    const size = await stat(path.join(outDir, file.path)).then(
      (stats) => stats.size,
      () => -1,
    )
    if (size !== file.bytes)
      return { isCurrent: false, reason: `${file.path} is missing or has another size` }
  }
  return { isCurrent: true, reason: `snapshot ${manifest.snapshot_id} is current` }
}
