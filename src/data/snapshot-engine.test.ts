import { describe, expect, it } from 'vitest'
import { fetchPublishedVillageFigures } from './planner/published-village-figures.ts'
import { villageHouseholdCountsRequest } from './planner/village-household-counts.ts'
import { createSnapshotEngine } from './snapshot-engine.ts'

/** A made-up indicators.csv: two villages, two years, one withheld figure. */
const CSV = [
  'kode,level,tahun,indikator,nilai,status,sintetis',
  '99.01.01.2001,desa,2023,jumlah_kk_dtsen,40,ada,1',
  '99.01.01.2001,desa,2024,jumlah_kk_dtsen,42,ada,1',
  '99.01.01.2001,desa,2024,kk_miskin_ekstrem,,ditahan,1',
  '99.01.01.2001,desa,2024,luas_km2,12.5,ada,0',
  '99.01.02.2001,desa,2024,jumlah_kk_dtsen,7,ada,1',
].join('\n')

function makeFetch(body: string, status = 200) {
  const seen: string[] = []
  const fetchImpl: typeof fetch = async (input) => {
    seen.push(String(input))
    return new Response(body, { status })
  }
  return { seen, fetchImpl }
}

describe('createSnapshotEngine()', () => {
  it('answers a select on indikator_wilayah from indicators.csv, filtered and ordered, fetched once', async () => {
    const { seen, fetchImpl } = makeFetch(CSV)
    const engine = createSnapshotEngine('/data/', fetchImpl)
    const figures = await fetchPublishedVillageFigures(engine, '99.01.01.2001')
    expect([...figures.keys()]).toEqual([2024, 2023])
    expect(figures.get(2024)?.get('jumlah_kk_dtsen')).toEqual({
      tahun: 2024,
      indikator: 'jumlah_kk_dtsen',
      nilai: 42,
      status: 'ada',
    })
    expect(figures.get(2024)?.get('kk_miskin_ekstrem')).toMatchObject({ nilai: null, status: 'ditahan' })
    expect(figures.get(2024)?.has('luas_km2')).toBe(false)
    await fetchPublishedVillageFigures(engine, '99.01.02.2001')
    expect(seen).toEqual(['/data/indicators.csv'])
  })

  it('refuses a request the snapshot cannot answer, naming it', async () => {
    const engine = createSnapshotEngine('/data/', makeFetch(CSV).fetchImpl)
    await expect(engine.run(villageHouseholdCountsRequest('99.01.01.2001'))).rejects.toMatchObject({
      reason: 'unavailable',
      message: 'rpc ringkasan_keluarga_desa: the published snapshot answers only select on indikator_wilayah',
    })
  })

  it('says the file is missing when the host answers with an HTML fallback', async () => {
    const engine = createSnapshotEngine('/data/', makeFetch('<!doctype html>').fetchImpl)
    await expect(fetchPublishedVillageFigures(engine, '99.01.01.2001')).rejects.toThrow(
      /indicators.csv is missing/,
    )
  })
})
