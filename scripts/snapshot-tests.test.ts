/**
 * Keeps vitest.config.ts's SNAPSHOT_TESTS true: CI runs the `unit` project while `npm run data` is still
 * building, so a test file that reads the build's output and is not listed there would skip in CI (its
 * files do not exist yet) and never run. A file reads build output when it names one of the build's
 * folders and checks for the file before reading it (`existsSync`), as every such test does to skip
 * with a reason on a clone that has not built.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SNAPSHOT_TESTS } from '../vitest.config.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const BUILD_OUTPUT = /public\/data|public\/local|data\/demo|data\/secrets|ROUNDED_CELLS_FILE/
const TEST_FILE = /\.test\.tsx?$/
const SELF = 'scripts/snapshot-tests.test.ts'

function testFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(relative)
    return TEST_FILE.test(entry.name) && !entry.name.endsWith('.pg.test.ts') ? [relative] : []
  })
}

function readsBuildOutput(source: string): boolean {
  return BUILD_OUTPUT.test(source) && source.includes('existsSync(')
}

describe('the snapshot project (vitest.config.ts)', () => {
  // This file names the folders in its own examples.
  const files = ['src', 'scripts', 'supabase'].flatMap(testFiles).filter((file) => file !== SELF)

  it('lists every test file that reads what npm run data builds, and only those', () => {
    const reading = files.filter((file) => readsBuildOutput(readFileSync(path.join(ROOT, file), 'utf8')))
    expect(reading.sort()).toEqual([...SNAPSHOT_TESTS].sort())
  })

  it('tells a test that reads build output from one that only names a folder', () => {
    expect(readsBuildOutput("const TOPOLOGY = 'public/data/regions.topojson'\nexistsSync(TOPOLOGY)")).toBe(
      true,
    )
    expect(readsBuildOutput("const options = { outDir: '/repo/public/data' }")).toBe(false)
    expect(readsBuildOutput('existsSync(path.join(dir, "manifest.json"))')).toBe(false)
  })
})
