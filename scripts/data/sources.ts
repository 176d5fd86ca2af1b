/**
 * The sources manifest `data/sources.json`: every input of the data build, pinned (URL with commit,
 * sha256, licence, attribution). Validated once here; everything downstream trusts the types.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { BuildError } from './build-error.ts'

/** Default location of the sources manifest. */
export const SOURCES_FILE = path.resolve(import.meta.dirname, '../../data/sources.json')

/** The only host whose URL path doubles as the cache layout `<owner>/<repo>/<commit>/<path>`. */
const RAW_HOST = 'raw.githubusercontent.com'

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'expected a lower-case sha256 hex digest')
/** `64.08`: province code, dot, kabupaten/kota code (Kemendagri). */
const regionCodeSchema = z.string().regex(/^\d{2}\.\d{2}$/, 'expected a kabupaten code like 64.08')

/** One file fetched from a pinned commit of a GitHub repository. */
export const pinnedFileSchema = z
  .object({
    name: z.string().min(1),
    url: z.url({ protocol: /^https$/ }),
    commit: z.string().regex(/^[0-9a-f]{40}$/, 'expected a full 40-hex commit id'),
    sha256: sha256Schema,
    licence: z.string().min(1),
    attribution: z.string().min(1),
  })
  .superRefine((source, context) => {
    const url = new URL(source.url)
    const segments = url.pathname.split('/').filter(Boolean)
    const isSafe = segments.every((segment) => !/^\.\.?$|[\\/]/.test(decodeURIComponent(segment)))
    if (url.host !== RAW_HOST || segments.length < 4 || segments[2] !== source.commit || !isSafe) {
      context.addIssue({
        code: 'custom',
        path: ['url'],
        message: `expected https://${RAW_HOST}/<owner>/<repo>/${source.commit}/<path>`,
      })
    }
  })

/** A pinned file of the file source. */
export type PinnedFile = z.infer<typeof pinnedFileSchema>

const packageFileSchema = z.object({ path: z.string().min(1), sha256: sha256Schema })

/** The npm package that supplies official codes and names (read from node_modules). */
export const namesSourceSchema = z.object({
  name: z.string().min(1),
  package: z.string().min(1),
  version: z.string().min(1),
  url: z.url(),
  /** npm's own tarball checksum, as in package-lock.json; npm ci verifies it. */
  integrity: z.string().min(1),
  licence: z.string().min(1),
  attribution: z.string().min(1),
  files: z.object({
    regencies: packageFileSchema,
    districts: packageFileSchema,
    villages: packageFileSchema,
  }),
})

/** The names source. */
export type NamesSource = z.infer<typeof namesSourceSchema>

/** The whole `data/sources.json`. */
export const sourcesSchema = z.object({
  $comment: z.string().optional(),
  /** Region (kabupaten) code → its village boundary file. */
  boundaries: z.record(regionCodeSchema, pinnedFileSchema),
  /** The licence file of the boundary repository, shipped beside the snapshot. */
  boundary_licence: pinnedFileSchema,
  names: namesSourceSchema,
})

/** Validated sources manifest. */
export type Sources = z.infer<typeof sourcesSchema>

/** Validates an already parsed sources manifest; `file` only labels the error. */
export function parseSources(value: unknown, file: string): Sources {
  const result = sourcesSchema.safeParse(value)
  if (!result.success) {
    throw new BuildError(`invalid sources manifest:\n${z.prettifyError(result.error)}`, {
      file,
      hint: 'fix the listed fields (see scripts/README.md for the layout of data/sources.json)',
    })
  }
  return result.data
}

/** Reads and validates the sources manifest. */
export async function loadSources(file: string = SOURCES_FILE): Promise<Sources> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new BuildError(`cannot read the sources manifest (${(error as Error).message})`, {
      file,
      hint: 'run from the project root, or pass --sources <file>',
    })
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new BuildError(`not valid JSON (${(error as Error).message})`, {
      file,
      hint: 'fix the JSON syntax',
    })
  }
  return parseSources(value, file)
}

/** The pinned boundary file of a region, or a clear error for a malformed or unknown region code. */
export function boundarySourceFor(sources: Sources, region: string): PinnedFile {
  if (!regionCodeSchema.safeParse(region).success) {
    throw new BuildError(`"${region}" is not a kabupaten/kota code`, {
      hint: 'pass --region in the form 64.08 (province.kabupaten, as in Kemendagri codes)',
    })
  }
  const source = sources.boundaries[region]
  if (!source) {
    const known = Object.keys(sources.boundaries).sort().join(', ')
    throw new BuildError(`unknown region ${region}: data/sources.json pins boundaries for ${known} only`, {
      hint: `add "${region}" under "boundaries" in data/sources.json (URL at a pinned commit, sha256, licence, attribution)`,
    })
  }
  return source
}

/** Relative cache path of a pinned file: its URL path, i.e. `<owner>/<repo>/<commit>/<path>`. */
export function cachePathOf(source: PinnedFile): string {
  const segments = new URL(source.url).pathname.split('/').filter(Boolean).map(decodeURIComponent)
  return path.join(...segments)
}
