/**
 * Serves the built app (`dist/`) the way a static host would, on a free loopback port.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { preview } from 'vite'

/** A running static server and how to reach and stop it. */
export interface PreviewServer {
  url: string
  close(): Promise<void>
}

const ROOT = path.resolve(import.meta.dirname, '../..')

/** Starts `vite preview` on 127.0.0.1; fails with a clear message when the app was not built. */
export async function startPreview(): Promise<PreviewServer> {
  if (!existsSync(path.join(ROOT, 'dist/index.html'))) {
    throw new Error(
      'dist/index.html is missing: run `npm run build` (or `npx vite build`) before the e2e tests.',
    )
  }
  if (!existsSync(path.join(ROOT, 'dist/data/regions.topojson'))) {
    throw new Error('dist/data/regions.topojson is missing: run `npm run data` and then build again.')
  }
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 4179, strictPort: false, open: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview started but reported no local URL')
  return {
    url,
    close: () => server.close(),
  }
}
