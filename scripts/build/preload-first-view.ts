/**
 * A Vite plugin: `index.html` asks for everything the first map needs as soon as it is parsed, instead
 * of after the app's JavaScript has loaded and run (on a 1.6 Mbps link that JavaScript alone takes
 * ~2 s): the manifest, the boundaries and the indicator definitions; on the map screen also the values
 * of the indicator the link names (`?i=`, else the default: `indicators-<id>.csv`) and MapLibre's worker.
 * Fonts are not preloaded: the first frame draws no label, and the interface fonts load after the page
 * (`src/app/ui-fonts.ts`), so they never share the link with what the first map waits for. The app's
 * own `fetch` calls then pick up these responses (`src/app/first-view.ts`). Measured by
 * `npm run bench` (first map against the bare-MapLibre floor).
 */
import type { Plugin } from 'vite'
import { getSnapshotBaseUrl, INDICATOR_FILE, SNAPSHOT_FILES } from '../../src/data/snapshot-files.ts'
import { DEFAULT_PUBLISHED_INDICATOR_ID } from '../../src/indicators/default-indicator.ts'

const MAP_WORKER = /\/maplibre-gl-worker-[^/]*\.mjs$/

/** Where index.html takes the tags, right after its `<title>` (before the stylesheets Vite adds). */
export const PRELOAD_MARKER = '<!-- preload-first-view -->'

/** A preload the app's `fetch()` reuses: same URL, CORS mode, same-origin credentials. */
function preloadFetch(href: string): string {
  return `<link rel="preload" as="fetch" crossorigin="anonymous" href="${href}">`
}

/**
 * Script run while `index.html` is parsed (before the stylesheets, which would hold it back): on the map screen (the base path itself), preloads the linked
 * or default indicator's values and the map worker. Plain JavaScript, nothing to import.
 */
function mapScreenScript(basePath: string, dataBaseUrl: string, workerHref: string | null): string {
  const constants = JSON.stringify({
    base: basePath,
    data: dataBaseUrl,
    prefix: INDICATOR_FILE.prefix,
    suffix: INDICATOR_FILE.suffix,
    fallback: DEFAULT_PUBLISHED_INDICATOR_ID,
    worker: workerHref,
  })
  return `(function (c) {
  var rest = location.pathname.slice(c.base.length - 1).replace(/\\/+$/, '')
  if (rest !== '' && rest !== '/' && rest !== '/index.html') return
  var id = new URLSearchParams(location.search).get('i')
  if (!id || !/^[a-z0-9_]+$/.test(id)) id = c.fallback
  var add = function (href, as) {
    var link = document.createElement('link')
    link.rel = 'preload'
    link.as = as
    link.crossOrigin = 'anonymous'
    link.href = href
    document.head.appendChild(link)
  }
  add(c.data + c.prefix + id + c.suffix, 'fetch')
  if (c.worker) add(c.worker, 'fetch')
})(${constants})`
}

/** The plugin; the data URL is the app's (`getSnapshotBaseUrl`, as `src/config.ts` computes it). */
export function preloadFirstView(): Plugin {
  let basePath = '/'
  let dataBaseUrl = getSnapshotBaseUrl('/')
  return {
    name: 'ppd-preload-first-view',
    configResolved(resolved) {
      basePath = resolved.base
      const dataUrl = resolved.env.VITE_DATA_URL
      dataBaseUrl = getSnapshotBaseUrl(
        resolved.base,
        typeof dataUrl === 'string' && dataUrl ? dataUrl : undefined,
      )
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!html.includes(PRELOAD_MARKER)) {
          throw new Error(
            `index.html: the marker ${PRELOAD_MARKER} (where the first view's preloads go) is missing`,
          )
        }
        // Emitted file names exist only in a build; `vite dev` preloads the data files alone.
        const emitted = Object.keys(context.bundle ?? {}).map((name) => `${basePath}${name}`)
        const workerHref = emitted.find((href) => MAP_WORKER.test(href)) ?? null
        const tags = [
          preloadFetch(`${dataBaseUrl}${SNAPSHOT_FILES.manifest}`),
          preloadFetch(`${dataBaseUrl}${SNAPSHOT_FILES.regions}`),
          preloadFetch(`${dataBaseUrl}${SNAPSHOT_FILES.definitions}`),
          `<script>${mapScreenScript(basePath, dataBaseUrl, workerHref)}</script>`,
        ]
        return html.replace(PRELOAD_MARKER, tags.join('\n    '))
      },
    },
  }
}
