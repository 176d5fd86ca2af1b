import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The docs (every tracked Markdown file) name files, folders and `npm run` scripts; each one must exist, so
 * a rename or a removal that leaves a README pointing at nothing fails here. A path counts as present when
 * a tracked file or folder ends with it (docs cite paths relative to the folder they describe, e.g.
 * `map/layers/priority-layers.ts` in src/), or when it lies inside a git-ignored build output (`public/data/…`,
 * `.tmp/…`), which a fresh clone has only after `npm run data`.
 */
const ROOT = path.resolve(import.meta.dirname, '..')

function git(...args: string[]): string[] {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean)
}

const TRACKED = git('ls-files', '--cached', '--others', '--exclude-standard')
const FOLDERS = new Set(
  TRACKED.flatMap((file) =>
    file
      .split('/')
      .slice(0, -1)
      .map((_, i, parts) => `${parts.slice(0, i + 1).join('/')}/`),
  ),
)
/** The folders .gitignore names (`dist/`, `public/data/`…): build output, not in the repo. */
const OUTPUT_FOLDERS = readFileSync(path.join(ROOT, '.gitignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line.endsWith('/'))
const DOCS = TRACKED.filter((file) => file.endsWith('.md') && !file.startsWith('node_modules'))
const SCRIPTS = Object.keys(
  (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts,
)

/** Inline code that reads as a path in this repo: a slash and a file extension or a trailing slash. */
const PATH_LIKE = /^[\w.-]+(\/[\w.-]+)*\/?$/
const FILE_LIKE = /\.(ts|tsx|sql|json|md|css|csv|sh|html|js|mjs|yml|yaml|topojson|gz)$|\/$/

function citedPaths(markdown: string): string[] {
  const inline = [...markdown.matchAll(/`([^`\s]+)`/g)].map((match) => match[1] as string)
  return inline.filter(
    (text) => text.includes('/') && PATH_LIKE.test(text) && FILE_LIKE.test(text) && !text.startsWith('.'),
  )
}

function citedScripts(markdown: string): string[] {
  return [...markdown.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1] as string)
}

function isPresent(cited: string): boolean {
  const isFolder = cited.endsWith('/')
  const candidates = isFolder ? FOLDERS : TRACKED
  for (const known of candidates) if (known === cited || known.endsWith(`/${cited}`)) return true
  return isBuildOutput(cited)
}

/** `public/data/regions.topojson`, or `local/planner-demo.json` read against the output folder `public/local/`. */
function isBuildOutput(cited: string): boolean {
  const parts = cited.split('/')
  return OUTPUT_FOLDERS.some((folder) =>
    parts.some((_, i) => {
      const head = `${parts.slice(0, i + 1).join('/')}/`
      return folder === head || folder.endsWith(`/${head}`)
    }),
  )
}

describe('the docs name only what exists', () => {
  it('finds docs to check', () => {
    expect(DOCS).toContain('README.md')
    expect(DOCS.length).toBeGreaterThan(10)
  })

  it.each(DOCS)('%s: every cited path is in the repo or in a build output', (doc) => {
    const markdown = readFileSync(path.join(ROOT, doc), 'utf8')
    const missing = citedPaths(markdown).filter((cited) => !isPresent(cited))
    expect(missing, `${doc} cites paths that are not in the repo`).toEqual([])
  })

  it.each(DOCS)('%s: every `npm run` script is in package.json', (doc) => {
    const markdown = readFileSync(path.join(ROOT, doc), 'utf8')
    const missing = citedScripts(markdown).filter((name) => !SCRIPTS.includes(name))
    expect(missing, `${doc} names npm scripts that package.json does not have`).toEqual([])
  })
})

describe('citedPaths', () => {
  it('takes inline paths and leaves prose, commands and placeholders', () => {
    const markdown =
      'See `src/app/routes.ts`, `public/data/` and `npm run data`; not `a/b` (no extension), `<region>/x.ts`, `https://x.org/a.md`.'
    expect(citedPaths(markdown)).toEqual(['src/app/routes.ts', 'public/data/'])
  })

  it('reads script names after npm run', () => {
    expect(citedScripts('Run `npm run test:e2e` then npm run bench:full.')).toEqual([
      'test:e2e',
      'bench:full',
    ])
  })

  it('counts a renamed file as missing and a build output as present', () => {
    expect(isPresent('src/app/routes.ts')).toBe(true)
    expect(isPresent('app/routes.ts')).toBe(true)
    expect(isPresent('src/app/routes-old.ts')).toBe(false)
    expect(isPresent('public/data/regions.topojson')).toBe(true)
    expect(isPresent('local/planner-demo.json')).toBe(true)
  })
})
