import { describe, expect, it } from 'vitest'
import { DATA_BUILD_PROGRESS_PATH, fetchDataBuildProgress } from './data-build-progress.ts'

function answering(status: number, body: string): { fetcher: typeof fetch; urls: string[] } {
  const urls: string[] = []
  const fetcher = (async (url: string) => {
    urls.push(url)
    return new Response(body, { status })
  }) as unknown as typeof fetch
  return { fetcher, urls }
}

describe('fetchDataBuildProgress()', () => {
  it('reads the running build under the app base path', async () => {
    const { fetcher, urls } = answering(200, '{"percent":41.6,"step":"demo","updated_at":"x"}')
    expect(await fetchDataBuildProgress('/peta/', fetcher)).toEqual({ percent: 42, step: 'demo' })
    expect(urls).toEqual([`/peta/${DATA_BUILD_PROGRESS_PATH}`])
  })

  it('keeps the percent within 0–100', async () => {
    expect(await fetchDataBuildProgress('/', answering(200, '{"percent":130}').fetcher)).toEqual({
      percent: 100,
      step: '',
    })
  })

  it.each([
    ['no build running (404)', 404, ''],
    ['a body that is not JSON', 200, '<!doctype html>'],
    ['no percent', 200, '{"step":"demo"}'],
  ])('says no build runs for %s', async (_, status, body) => {
    expect(await fetchDataBuildProgress('/', answering(status, body).fetcher)).toBeNull()
  })
})
