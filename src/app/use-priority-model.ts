import { useMemo } from 'react'
import type { IndicatorData } from '../data/indicators.ts'
import type { Snapshot } from '../data/snapshot.ts'
import type { Language } from '../lib/language.ts'
import type { CriterionInfo } from '../panels/priority/criterion-info.ts'
import { type BivariateClasses, classifyBivariate } from '../priority/bivariate.ts'
import { CRITERION_IDS, criterionGroup, PRIORITY_INPUT_IDS } from '../priority/criteria.ts'
import { filterVillages } from '../priority/filter-villages.ts'
import type { PrioritySettings } from '../priority/priority-settings.ts'
import { buildPriorityTable, type PriorityTable, type PriorityVillage } from '../priority/priority-table.ts'
import {
  activeCriteria,
  emptyRanking,
  prepareRanking,
  type Ranking,
  scoreRanking,
} from '../priority/rank-villages.ts'

/** The villages of the snapshot as the priority screen lists them. */
export function usePriorityVillages(snapshot: Snapshot): PriorityVillage[] {
  return useMemo(
    () =>
      snapshot.villages.map((village) => ({
        kode: village.kode,
        nama: village.nama,
        kecamatan_kode: village.kecamatan_kode,
        kecamatan_nama: village.kecamatan_nama,
        jenis: village.jenis,
      })),
    [snapshot],
  )
}

/** The published criteria in the reader's language; criteria missing from `indicators.json` are left out. */
export function useCriterionInfo(data: IndicatorData, language: Language): CriterionInfo[] {
  return useMemo(
    () =>
      CRITERION_IDS.flatMap((id): CriterionInfo[] => {
        const definition = data.file.indicators.find((item) => item.id === id)
        if (!definition || definition.direction === 'neutral') return []
        return [
          {
            id,
            label: definition.label[language],
            unit: definition.unit[language],
            direction: definition.direction,
            decimals: definition.decimals,
            group: criterionGroup(id),
          },
        ]
      }),
    [data, language],
  )
}

/** Everything derived from the settings: the year's table, the filter, the ranking and the map classes. */
export interface PriorityModel {
  table: PriorityTable
  include: boolean[]
  ranking: Ranking
  bivariate: BivariateClasses
}

/** Derives the model; each step is memoised on what it reads, so a weight change only re-ranks. */
export function usePriorityModel(
  villages: readonly PriorityVillage[],
  data: IndicatorData,
  settings: PrioritySettings,
): PriorityModel {
  const table = useMemo(
    () => buildPriorityTable(villages, data, settings.tahun, PRIORITY_INPUT_IDS),
    [villages, data, settings.tahun],
  )
  const include = useMemo(() => filterVillages(table, settings.filters), [table, settings.filters])
  // Which criteria are weighted decides who is rankable and the comparable values; a slider move
  // that keeps the same criteria only re-scores (scripts/bench/priority.ts measures both).
  const criteria = useMemo(() => activeCriteria(table, settings.weights), [table, settings.weights])
  const criteriaKey = criteria.map((criterion) => criterion.id).join()
  // biome-ignore lint/correctness/useExhaustiveDependencies: `criteriaKey` stands for the weighted criteria
  const prepared = useMemo(
    () => (criteria.length === 0 ? null : prepareRanking(table, criteria, settings.normalisation, include)),
    [table, criteriaKey, settings.normalisation, include],
  )
  const ranking = useMemo<Ranking>(
    () =>
      prepared === null ? emptyRanking(settings.normalisation) : scoreRanking(prepared, settings.weights),
    [prepared, settings.weights, settings.normalisation],
  )
  const bivariate = useMemo(
    () =>
      classifyBivariate(
        table.columns.get(settings.bivariate.need),
        table.columns.get(settings.bivariate.coverage),
        include,
      ),
    [table, settings.bivariate, include],
  )
  return { table, include, ranking, bivariate }
}
