import { describe, expect, it } from 'vitest'
import {
  activeCriteria,
  describeScore,
  prepareRanking,
  type RankingSettings,
  rankVillages,
  scoreRanking,
} from './rank-villages.ts'
import { type FixtureVillage, makePriorityTable } from './testing/make-priority-table.ts'

/**
 * Five villages, need (desil 1–4 share, higher is worse) against PKH coverage (higher is better).
 * E's need is withheld. The expected ranks below are worked out by hand in the test names' comments.
 */
function makeVillages(): FixtureVillage[] {
  return [
    { name: 'A', cells: { persen_kk_desil_1_4: 50, cakupan_pkh: 20 } },
    { name: 'B', cells: { persen_kk_desil_1_4: 30, cakupan_pkh: 10 } },
    { name: 'C', cells: { persen_kk_desil_1_4: 40, cakupan_pkh: 20 } },
    { name: 'D', cells: { persen_kk_desil_1_4: 20, cakupan_pkh: 40 } },
    { name: 'E', cells: { persen_kk_desil_1_4: 'ditahan', cakupan_pkh: 30 } },
  ]
}

const WEIGHTS = { persen_kk_desil_1_4: 60, cakupan_pkh: 40 }

function summary(ranking: ReturnType<typeof rankVillages>): [string, number, number][] {
  return ranking.ranked.map((item) => [item.village.nama, item.rank, Number(item.score.toFixed(3))])
}

/** The five villages ranked on WEIGHTS by percentile rank, unless `settings` says otherwise. */
function rankFixture(settings: Partial<RankingSettings> = {}): ReturnType<typeof rankVillages> {
  return rankVillages(makePriorityTable(makeVillages()), {
    weights: WEIGHTS,
    normalisation: 'rank',
    ...settings,
  })
}

describe('rankVillages()', () => {
  it('ranks by percentile ranks, ties sharing a rank (need A1 B⅓ C⅔ D0; cover flipped A½ B1 C½ D0)', () => {
    // A = 60·1 + 40·½ = 80; B = 60·⅓ + 40·1 = 60; C = 60·⅔ + 40·½ = 60; D = 0.
    expect(summary(rankFixture())).toEqual([
      ['A', 1, 80],
      ['B', 2, 60],
      ['C', 2, 60],
      ['D', 4, 0],
    ])
  })

  it('ranks by min–max (cover flipped: A ⅔, B 1, C ⅔, D 0)', () => {
    // A = 60 + 40·⅔ = 86.667; B = 20 + 40 = 60; C = 40 + 26.667 = 66.667; D = 0.
    expect(summary(rankFixture({ normalisation: 'min-max' }))).toEqual([
      ['A', 1, 86.667],
      ['C', 2, 66.667],
      ['B', 3, 60],
      ['D', 4, 0],
    ])
  })

  it('lists a village with a withheld input as not ranked, with the reason, and leaves it out of the scale', () => {
    const ranking = rankFixture()
    expect(ranking.unranked.map((item) => [item.village.nama, item.reasons])).toEqual([
      ['E', [{ criterion: 'persen_kk_desil_1_4', status: 'ditahan' }]],
    ])
    expect(ranking.ranked.map((item) => item.village.nama)).not.toContain('E')
  })

  it('ranks a village whose only gap is in a criterion of weight 0', () => {
    const ranking = rankFixture({ weights: { cakupan_pkh: 100 } })
    expect(ranking.unranked).toEqual([])
    // Coverage ranks among 5: 10(B) → 1, 20(A, C) → 2.5, 30(E) → 4, 40(D) → 5; flipped.
    expect(summary(ranking)).toEqual([
      ['B', 1, 100],
      ['A', 2, 62.5],
      ['C', 2, 62.5],
      ['E', 4, 25],
      ['D', 5, 0],
    ])
  })

  it('names every missing input and its status (no data, does not apply)', () => {
    const table = makePriorityTable([
      { name: 'A', cells: { kk_miskin: 10, skor_idm: 0.6 } },
      { name: 'K', jenis: 'kelurahan', cells: { skor_idm: 'tidak_berlaku' } },
    ])
    const ranking = rankVillages(table, { weights: { kk_miskin: 1, skor_idm: 1 }, normalisation: 'rank' })
    expect(ranking.unranked[0]?.reasons).toEqual([
      { criterion: 'kk_miskin', status: 'tidak_ada' },
      { criterion: 'skor_idm', status: 'tidak_berlaku' },
    ])
  })

  it('normalises among the selected villages only (A, B, D: A 80, B 70, D 0)', () => {
    const include = [true, true, false, true, false]
    const ranking = rankVillages(
      makePriorityTable(makeVillages()),
      { weights: WEIGHTS, normalisation: 'rank' },
      include,
    )
    expect(summary(ranking)).toEqual([
      ['A', 1, 80],
      ['B', 2, 70],
      ['D', 3, 0],
    ])
    expect(ranking.unranked).toEqual([])
  })

  it('explains each score as contributions per criterion that add up to it', () => {
    const ranking = rankFixture()
    expect(ranking.criteria.map((item) => [item.id, item.share])).toEqual([
      ['persen_kk_desil_1_4', 0.6],
      ['cakupan_pkh', 0.4],
    ])
    const first = ranking.ranked[0]
    if (!first) throw new Error('nothing ranked')
    expect(describeScore(ranking, first)).toEqual({
      values: [50, 20],
      normalised: [1, 0.5],
      contributions: [60, 20],
    })
    for (const item of ranking.ranked) {
      const { contributions } = describeScore(ranking, item)
      expect(contributions.reduce((sum, part) => sum + part, 0)).toBeCloseTo(item.score, 6)
    }
  })

  it('gives the same ranking for weights in the same proportion', () => {
    const table = makePriorityTable(makeVillages())
    const small = rankVillages(table, {
      weights: { persen_kk_desil_1_4: 3, cakupan_pkh: 2 },
      normalisation: 'rank',
    })
    expect(summary(small)).toEqual(summary(rankVillages(table, { weights: WEIGHTS, normalisation: 'rank' })))
  })

  it('ranks nobody and lists nobody as unranked when every weight is 0', () => {
    const ranking = rankFixture({ weights: {} })
    expect([ranking.ranked, ranking.unranked, ranking.criteria]).toEqual([[], [], []])
  })

  it('refuses a criterion whose published direction is neutral, naming it', () => {
    const table = makePriorityTable(makeVillages())
    const directions = new Map(table.directions)
    directions.set('cakupan_pkh', 'neutral')
    expect(() => rankVillages({ ...table, directions }, { weights: WEIGHTS, normalisation: 'rank' })).toThrow(
      /cakupan_pkh.*neutral/,
    )
  })

  it('ranks 85,000-style ties deterministically: equal scores in table order, sharing the rank', () => {
    const table = makePriorityTable(
      Array.from({ length: 6 }, (_, index) => ({ name: `V${index}`, cells: { kk_miskin: index % 2 } })),
    )
    const ranking = rankVillages(table, { weights: { kk_miskin: 10 }, normalisation: 'min-max' })
    expect(summary(ranking)).toEqual([
      ['V1', 1, 100],
      ['V3', 1, 100],
      ['V5', 1, 100],
      ['V0', 4, 0],
      ['V2', 4, 0],
      ['V4', 4, 0],
    ])
  })
})

describe('prepareRanking() and scoreRanking()', () => {
  it('re-score prepared villages with new weights exactly as a full ranking would', () => {
    const table = makePriorityTable(makeVillages())
    const criteria = activeCriteria(table, WEIGHTS)
    const prepared = prepareRanking(table, criteria, 'rank')
    const weights = { persen_kk_desil_1_4: 10, cakupan_pkh: 90 }
    expect(scoreRanking(prepared, weights)).toEqual(rankVillages(table, { weights, normalisation: 'rank' }))
  })

  it('refuses weights for other criteria than the prepared ones, naming both', () => {
    const table = makePriorityTable(makeVillages())
    const prepared = prepareRanking(table, activeCriteria(table, WEIGHTS), 'rank')
    expect(() => scoreRanking(prepared, { cakupan_pkh: 10 })).toThrow(
      /prepared for persen_kk_desil_1_4, cakupan_pkh, weighted cakupan_pkh/,
    )
  })
})
