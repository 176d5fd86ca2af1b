import { copyFile, readFile } from 'node:fs/promises'
import path from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { localEngine } from './scripts/build/local-engine-plugin.ts'
import { preloadFirstView } from './scripts/build/preload-first-view.ts'
import { DATA_BUILD_PROGRESS_PATH } from './src/data/data-build-progress.ts'

/**
 * Screens have their own paths (`/desa/64.08.04.2011`). A static host answers an unknown path with
 * `404.html` (GitHub Pages, Netlify, S3 website hosting), so that file is the app too; `vite preview`
 * and `vite dev` already fall back to `index.html`.
 */
function spaFallback(): Plugin {
  let outDir = 'dist'
  return {
    name: 'ppd-spa-fallback',
    apply: 'build',
    configResolved(resolved) {
      outDir = path.resolve(resolved.root, resolved.build.outDir)
    },
    async closeBundle() {
      await copyFile(path.join(outDir, 'index.html'), path.join(outDir, '404.html'))
    },
  }
}

/**
 * `npm start` serves the map from the boundaries while the demo data loads behind (scripts/start.ts):
 * the dev server hands the build's progress file (.tmp/data-build-progress.json, written by
 * scripts/data/build-record.ts) to the app, or 404 when no build runs. Dev server only: never in dist/.
 */
function dataBuildProgress(): Plugin {
  return {
    name: 'ppd-data-build-progress',
    apply: 'serve',
    configureServer(server) {
      const file = path.join(server.config.root, '.tmp', 'data-build-progress.json')
      server.middlewares.use(`/${DATA_BUILD_PROGRESS_PATH}`, (_request, response) => {
        readFile(file, 'utf8').then(
          (text) => {
            response.setHeader('content-type', 'application/json')
            response.setHeader('cache-control', 'no-store')
            response.end(text)
          },
          () => {
            response.statusCode = 404
            response.end()
          },
        )
      })
    },
  }
}

/**
 * React's API on Preact (preact/compat): the same components, hooks, lazy and createRoot, with ~4 KB of
 * runtime instead of React DOM's ~60 KB gzip on the first screen. Types still come from @types/react.
 */
const PREACT_ALIASES = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react$/, replacement: 'preact/compat' },
]

export default defineConfig({
  plugins: [react(), spaFallback(), preloadFirstView(), localEngine(), dataBuildProgress()],
  resolve: { alias: PREACT_ALIASES },
  // PGlite loads its WASM and PostGIS bundle by URL; Vite's dependency pre-bundling would break those
  // URLs in `vite dev` (measured). The local-mode worker imports it as an ES module.
  optimizeDeps: { exclude: ['@electric-sql/pglite', '@electric-sql/pglite-postgis'] },
  // The worker imports `virtual:ppd-local-engine`, so it needs the plugin too.
  worker: { format: 'es', plugins: () => [localEngine()] },
  build: {
    target: 'es2022',
    sourcemap: false,
    // MapLibre alone is ~960 kB minified (~285 kB gzip); the budget that matters is first-screen JS
    // ≤ 450 kB gzip, checked separately, not Rollup's 500 kB minified default.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        // Libraries that change rarely get their own long-cached chunks, so an app release only
        // re-downloads the small app chunk.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ },
            { name: 'react', test: /node_modules[\\/](preact|react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
})
