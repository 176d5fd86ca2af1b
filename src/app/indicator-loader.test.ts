import { describe, expect, it } from 'vitest'
import { hasIndicatorValues } from '../data/indicators.ts'
import { makeIndicatorDefinition, makeStatusLabels } from '../data/testing/make-indicator-definition.ts'
import { type IndicatorLoader, startIndicatorLoader } from './indicator-loader.ts'

const BASE = 'http://test/data/'
const HEADER = 'kode,level,tahun,indikator,nilai,status,sintetis'

/** indicators.json with the default indicator and `lain`; `withYears: false` is a snapshot from before per-view files. */
function makeDefinitions(withYears = true): string {
  return JSON.stringify({
    years: [2023, 2024],
    statuses: makeStatusLabels(),
    indicators: [
      makeIndicatorDefinition('persen_kk_desil_1_4', withYears ? { years: [2023, 2024] } : {}),
      makeIndicatorDefinition('lain', withYears ? { years: [2024] } : {}),
    ],
  })
}

const rowsOf = (id: string, value: number): string =>
  [
    HEADER,
    `64.08.01.2001,desa,2023,${id},${value},ada,1`,
    `64.08.01.2001,desa,2024,${id},${value + 1},ada,1`,
    '',
  ].join('\n')

/** Answers from `files` (name → body; absent names are 404) and records every URL asked for. */
function makeHost(files: Record<string, string>): { fetchFn: typeof fetch; asked: string[] } {
  const asked: string[] = []
  const fetchFn = (async (input: RequestInfo | URL) => {
    const url = String(input)
    asked.push(url.slice(BASE.length))
    const body = files[url.slice(BASE.length)]
    return body === undefined ? new Response('Not found', { status: 404 }) : new Response(body)
  }) as typeof fetch
  return { fetchFn, asked }
}

/** A loader over `files` for a first screen on the map (or not), and the URLs it asked for. */
function load(
  indicatorId: string,
  files: Record<string, string | undefined> = FULL_SNAPSHOT,
  isMap = true,
): { loader: IndicatorLoader; asked: string[] } {
  const host = makeHost(files as Record<string, string>)
  return {
    loader: startIndicatorLoader({ baseUrl: BASE, isMap, indicatorId, fetchFn: host.fetchFn }),
    asked: host.asked,
  }
}

const FULL_SNAPSHOT = {
  'indicators.json': makeDefinitions(),
  'indicators.csv': [
    rowsOf('persen_kk_desil_1_4', 10),
    rowsOf('lain', 50).split('\n').slice(1).join('\n'),
  ].join('\n'),
  'indicators-persen_kk_desil_1_4.csv': rowsOf('persen_kk_desil_1_4', 10),
  'indicators-lain.csv': rowsOf('lain', 50),
}

describe('startIndicatorLoader()', () => {
  it('loads only the definitions and the linked indicator for the first map', async () => {
    const { loader, asked } = load('lain')
    const data = await loader.first
    expect(asked.sort()).toEqual(['indicators-lain.csv', 'indicators.json'])
    expect(data?.index.value('64.08.01.2001', 2024, 'lain')).toEqual({ nilai: 51, status: 'ada' })
    expect(data && hasIndicatorValues(data, 'persen_kk_desil_1_4')).toBe(false)
    // The years of an indicator not loaded yet come from the definitions.
    expect(data?.index.yearsOf('persen_kk_desil_1_4')).toEqual([2023, 2024])
  })

  it('loads the default indicator when the link names one the snapshot does not publish', async () => {
    const { loader, asked } = load('hilang')
    const data = await loader.first
    expect(data && hasIndicatorValues(data, 'persen_kk_desil_1_4')).toBe(true)
    expect(asked).not.toContain('indicators.csv')
  })

  it.each([
    [
      'definitions without years (a snapshot from before the per-view files)',
      { 'indicators.json': makeDefinitions(false) },
    ],
    ['no per-view file for the indicator', { 'indicators-persen_kk_desil_1_4.csv': undefined }],
    [
      'a fallback page in place of the per-view file',
      { 'indicators-persen_kk_desil_1_4.csv': '<!doctype html>' },
    ],
  ])('falls back to every value for %s', async (_case, changes) => {
    const { loader } = load('persen_kk_desil_1_4', { ...FULL_SNAPSHOT, ...changes })
    const data = await loader.first
    expect(data?.loaded).toBe('all')
    expect(data?.index.value('64.08.01.2001', 2023, 'lain')).toEqual({ nilai: 50, status: 'ada' })
  })

  it('loads every value at once for a screen other than the map', async () => {
    const { loader, asked } = load('lain', FULL_SNAPSHOT, false)
    expect((await loader.first)?.loaded).toBe('all')
    expect(asked.sort()).toEqual(['indicators.csv', 'indicators.json'])
  })

  it('fetches the rest once, reusing the definitions the first map read', async () => {
    const { loader, asked } = load('persen_kk_desil_1_4')
    await loader.first
    const [all, again] = await Promise.all([loader.all(), loader.all()])
    expect(all).toBe(again)
    expect(all?.loaded).toBe('all')
    expect(asked.filter((name) => name === 'indicators.json')).toHaveLength(1)
    expect(asked.filter((name) => name === 'indicators.csv')).toHaveLength(1)
  })

  it('fetches a per-view file once, however often it is asked for', async () => {
    const { loader, asked } = load('lain')
    await Promise.all([loader.view('persen_kk_desil_1_4'), loader.view('persen_kk_desil_1_4')])
    expect(asked.filter((name) => name === 'indicators-persen_kk_desil_1_4.csv')).toHaveLength(1)
  })

  it('settles on null when the snapshot publishes no indicators', async () => {
    const { loader } = load('lain', {})
    await expect(loader.first).resolves.toBeNull()
  })

  it('names the per-view file with a bad line', async () => {
    const { loader } = load('lain', {
      ...FULL_SNAPSHOT,
      'indicators-lain.csv': `${HEADER}\n64.08,desa,20x4,lain,1,ada,1\n`,
    })
    await expect(loader.first).rejects.toThrow('indicators-lain.csv line 2: bad year "20x4"')
  })
})
