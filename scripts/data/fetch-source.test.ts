import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fetchSource } from './fetch-source.ts'
import { cachePathOf } from './sources.ts'
import {
  FIXTURE_BOUNDARY_FILE,
  makeFixtureCache,
  makeFixtureSources,
  makeTempDir,
  removeTempDirs,
} from './testing/fixtures.ts'

afterAll(removeTempDirs)

async function makeSetup(options: { boundarySha256?: string } = {}) {
  const sources = makeFixtureSources(options)
  const source = sources.boundaries['99.01']
  if (!source) throw new Error('fixture sources lack 99.01')
  const root = await makeTempDir()
  return { sources, source, dataCache: path.join(root, 'shared'), localCache: path.join(root, 'cache') }
}

/** A fetch that answers every URL with the given body and status, and counts its calls. */
function makeFetch(body: string | Buffer, status = 200) {
  const calls: string[] = []
  const fetchImpl = (async (url: string | URL | Request) => {
    calls.push(String(url))
    return new Response(new Uint8Array(Buffer.from(body)), { status })
  }) as typeof fetch
  return { fetchImpl, calls }
}

const refusingFetch = (async () => {
  throw new Error('network is off in tests')
}) as typeof fetch

describe('fetchSource()', () => {
  it.each([
    ['DATA_CACHE', 'dataCache'],
    ['data/cache', 'localCache'],
  ] as const)('returns a verified file found in %s without downloading', async (origin, cacheKey) => {
    const setup = await makeSetup()
    await makeFixtureCache(setup[cacheKey], setup.sources)
    const fetched = await fetchSource(setup.source, { ...setup, fetch: refusingFetch })
    expect(fetched.origin).toBe(origin)
    expect(fetched.bytes.equals(await readFile(FIXTURE_BOUNDARY_FILE))).toBe(true)
  })

  it('prefers DATA_CACHE over data/cache', async () => {
    const setup = await makeSetup()
    await makeFixtureCache(setup.dataCache, setup.sources)
    await makeFixtureCache(setup.localCache, setup.sources)
    expect((await fetchSource(setup.source, { ...setup, fetch: refusingFetch })).origin).toBe('DATA_CACHE')
  })

  it.each([
    ['DATA_CACHE', 'dataCache', /replace it with the file at https:/],
    ['data/cache', 'localCache', /delete .* and run again/],
  ] as const)(
    'stops on a checksum mismatch in %s, naming the file and what to do',
    async (_origin, cacheKey, hint) => {
      const setup = await makeSetup({ boundarySha256: 'e'.repeat(64) })
      await makeFixtureCache(setup[cacheKey], setup.sources)
      const error = fetchSource(setup.source, { ...setup, fetch: refusingFetch })
      await expect(error).rejects.toThrow(path.join(setup[cacheKey], cachePathOf(setup.source)))
      await expect(error).rejects.toThrow(/data\/sources\.json pins e{64}/)
      await expect(error).rejects.toThrow(hint)
    },
  )

  it('stops on a file missing while offline, saying how to provide it', async () => {
    const setup = await makeSetup()
    const { fetchImpl, calls } = makeFetch('never used')
    const error = fetchSource(setup.source, { ...setup, isOffline: true, fetch: fetchImpl })
    await expect(error).rejects.toThrow(
      /set DATA_CACHE to a folder containing <owner>\/<repo>\/<commit>\/<path>/,
    )
    await expect(error).rejects.toThrow(cachePathOf(setup.source))
    expect(calls).toEqual([])
  })

  it('downloads a missing file into data/cache when online', async () => {
    const setup = await makeSetup()
    const { fetchImpl, calls } = makeFetch(await readFile(FIXTURE_BOUNDARY_FILE))
    const fetched = await fetchSource(setup.source, { ...setup, fetch: fetchImpl })
    expect(fetched.origin).toBe('download')
    expect(calls).toEqual([setup.source.url])
    expect(fetched.file).toBe(path.join(setup.localCache, cachePathOf(setup.source)))
    expect((await readFile(fetched.file)).equals(fetched.bytes)).toBe(true)
  })

  it.each([
    [
      'bytes that do not match the pin',
      makeFetch('not the pinned file').fetchImpl,
      /sha256 is .* but data\/sources\.json pins/,
    ],
    ['an HTTP error', makeFetch('gone', 404).fetchImpl, /HTTP 404/],
    ['a network failure', refusingFetch, /download failed \(network is off in tests\)/],
  ])('keeps nothing in data/cache after a download with %s', async (_case, fetchImpl, message) => {
    const setup = await makeSetup()
    await expect(fetchSource(setup.source, { ...setup, fetch: fetchImpl })).rejects.toThrow(message)
    await expect(stat(path.join(setup.localCache, cachePathOf(setup.source)))).rejects.toThrow(/ENOENT/)
  })
})
