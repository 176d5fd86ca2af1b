import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { makeTempDir, removeTempDirs } from './testing/fixtures.ts'
import { writeAtomic } from './write-atomic.ts'

afterAll(removeTempDirs)

/** Every file under `dir` (one level) with its text, or `null` for a folder. */
async function readTree(dir: string): Promise<Record<string, string | null>> {
  const entries = await readdir(dir, { withFileTypes: true })
  const tree: Record<string, string | null> = {}
  for (const entry of entries)
    tree[entry.name] = entry.isDirectory() ? null : await readFile(path.join(dir, entry.name), 'utf8')
  return tree
}

/** An output folder holding an old snapshot and a file of another generator. */
async function makeOldOutput(): Promise<{ parent: string; out: string }> {
  const parent = await makeTempDir()
  const out = path.join(parent, 'data')
  await mkdir(out)
  await writeFile(path.join(out, 'regions.topojson'), 'old topology')
  await writeFile(path.join(out, 'manifest.json'), 'old manifest')
  await writeFile(path.join(out, 'indicators.csv'), 'not ours')
  return { parent, out }
}

const NEW_FILES = [
  { path: 'regions.topojson', content: 'new topology' },
  { path: 'LICENSE.txt', content: 'new licence' },
  { path: 'manifest.json', content: 'new manifest' },
]

describe('writeAtomic()', () => {
  it('creates a missing output folder with all files', async () => {
    const parent = await makeTempDir()
    await writeAtomic(path.join(parent, 'public/data'), NEW_FILES)
    expect(await readTree(path.join(parent, 'public/data'))).toEqual({
      'regions.topojson': 'new topology',
      'LICENSE.txt': 'new licence',
      'manifest.json': 'new manifest',
    })
  })

  it('replaces the snapshot files and keeps other files of the folder', async () => {
    const { parent, out } = await makeOldOutput()
    await writeAtomic(out, NEW_FILES)
    expect(await readTree(out)).toEqual({
      'regions.topojson': 'new topology',
      'LICENSE.txt': 'new licence',
      'manifest.json': 'new manifest',
      'indicators.csv': 'not ours',
    })
    expect(await readdir(parent)).toEqual(['data'])
  })

  it.each([
    [
      'a file that cannot be renamed into place',
      [...NEW_FILES.slice(0, 2), { path: 'blocked', content: 'x' }, NEW_FILES[2]],
    ],
    ['a file name with a folder', [NEW_FILES[0], { path: 'sub/x.json', content: 'x' }]],
  ])('leaves the folder as it was after %s', async (_case, files) => {
    const { parent, out } = await makeOldOutput()
    await mkdir(path.join(out, 'blocked'))
    await writeFile(path.join(out, 'blocked', 'keep'), 'a folder where a file should go')
    const before = await readTree(out)
    await expect(
      writeAtomic(
        out,
        files.filter((file) => file !== undefined),
      ),
    ).rejects.toThrow()
    expect(await readTree(out)).toEqual(before)
    expect(await readdir(parent)).toEqual(['data'])
  })
})
