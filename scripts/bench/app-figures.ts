/**
 * Figures of the built app: snapshot file sizes (raw and gzip), JS per chunk and the first screen's total
 * (gzip; the MapLibre worker not counted). The first map is timed by first-map.ts. Needs `npm run data`
 * and `npm run build` first.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const ROOT = path.resolve(import.meta.dirname, '../..')
const KB = 1024

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`
}

export async function benchSnapshotSizes(): Promise<void> {
  const dir = path.join(ROOT, 'public/data')
  console.log('snapshot files (raw / gzip):')
  for (const name of (await readdir(dir)).sort()) {
    const bytes = await readFile(path.join(dir, name))
    console.log(
      `  ${name.padEnd(28)} ${kb(bytes.length).padStart(10)} ${kb(gzipSync(bytes, { level: 9 }).length).padStart(10)}`,
    )
  }
}

/** The chunks `index.html` loads before the app runs: the entry script and its modulepreloads. */
function firstScreenChunks(html: string): Set<string> {
  const chunks = new Set<string>()
  for (const match of html.matchAll(/(?:src|href)="([^"]+\.js)"/g)) {
    const file = match[1]
    if (file) chunks.add(path.basename(file))
  }
  return chunks
}

export async function benchBundle(): Promise<void> {
  const dist = path.join(ROOT, 'dist')
  const html = await readFile(path.join(dist, 'index.html'), 'utf8')
  const first = firstScreenChunks(html)
  const assets = (await readdir(path.join(dist, 'assets'))).filter((name) => /\.m?js$/.test(name)).sort()
  let firstTotal = 0
  console.log('JS chunks (gzip; * = first screen, w = worker, not counted):')
  for (const name of assets) {
    const gzip = gzipSync(await readFile(path.join(dist, 'assets', name)), { level: 9 }).length
    const isWorker = /worker/i.test(name)
    const isFirst = first.has(name) && !isWorker
    if (isFirst) firstTotal += gzip
    console.log(`  ${isFirst ? '*' : isWorker ? 'w' : ' '} ${name.padEnd(48)} ${kb(gzip).padStart(10)}`)
  }
  console.log(`first-screen JS, gzip: ${kb(firstTotal)} (budget 450 KB)`)
}
