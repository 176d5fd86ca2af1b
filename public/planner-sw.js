// Service worker of the planner workspace: registered only by /perencana in local mode
// (src/app/use-local-database.ts), so the public screens never install it and never fetch the engine.
// Network first; every same-origin GET that succeeds is kept in the cache `ppd-app-shell`, and the page
// sends the files it loaded before this worker existed. Offline, the cached copy answers, so a second
// visit to /perencana works without a network: the database worker reads the engine and the dump from
// its own cache (`ppd-local-engine`), which this worker therefore skips.
const SHELL = 'ppd-app-shell'
const ENGINE_OWNED = /\.gz(\?|$)/

self.addEventListener('install', () => self.skipWaiting())
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()))

self.addEventListener('message', (event) => {
  const urls = (event.data?.type === 'cache' && event.data.urls) || []
  const wanted = urls.filter((url) => new URL(url).origin === self.location.origin && !ENGINE_OWNED.test(url))
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => Promise.all(wanted.map((url) => cache.add(url).catch(() => undefined)))),
  )
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin || ENGINE_OWNED.test(request.url))
    return
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone()
          void caches.open(SHELL).then((cache) => cache.put(request, copy))
        }
        return response
      })
      .catch(async () => {
        // ignoreVary: servers send `Vary: Origin`, and a module script's request carries an Origin
        // header the cached copy (fetched by the message above) did not.
        const cache = await caches.open(SHELL)
        const hit = await cache.match(request.url, { ignoreVary: true, ignoreSearch: false })
        return hit ?? Response.error()
      }),
  )
})
