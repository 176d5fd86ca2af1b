import { z } from 'zod/mini'

/** What the local-mode demo database holds (`local/planner-demo.json`, written by `npm run data`). */
export interface BrowserDumpInfo {
  file: string
  bytes: number
  sha256: string
  periode: number
  /** Indexes left out of the download, built after loading it. */
  deferred_indexes: string[]
  rows: { keluarga: number; penerima_bantuan: number }
}

const count = () => z.int().check(z.nonnegative())

const infoSchema = z.object({
  file: z.string().check(z.regex(/^[a-z0-9.-]+$/)),
  bytes: count(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  periode: z.int(),
  deferred_indexes: z._default(z.array(z.string().check(z.regex(/^create index if not exists /))), []),
  rows: z.object({ keluarga: count(), penerima_bantuan: count() }),
})

/** Folder of the local-mode files under the app's base path. */
export function localDataUrl(basePath: string): string {
  return `${basePath}local/`
}

/** Reads and validates the info file; a missing one says to run `npm run data`. */
export async function fetchBrowserDumpInfo(baseUrl: string): Promise<BrowserDumpInfo> {
  const url = `${baseUrl}planner-demo.json`
  const response = await fetch(url)
  if (!response.ok || (response.headers.get('content-type') ?? '').includes('text/html')) {
    throw new Error(
      `${url} is missing (HTTP ${response.status}): run npm run data to build the local database`,
    )
  }
  const parsed = infoSchema.safeParse(await response.json())
  if (!parsed.success) throw new Error(`${url}: ${parsed.error.issues[0]?.message ?? 'invalid'}`)
  return parsed.data
}
