import { type ReactElement, useCallback, useEffect, useMemo, useState } from 'react'
import type { PlannerEngine } from '../data/planner/planner-request.ts'
import { CombinationRules } from '../panels/planner/combination-rules.tsx'
import { DuplicateReview, type ReviewFilters } from '../panels/planner/duplicate-review.tsx'
import type { ReviewContext } from '../panels/planner/review-context.ts'
import type { PlannerSource } from './planner-source.ts'
import { useCombinationRules } from './use-combination-rules.ts'
import { useDuplicateReview } from './use-duplicate-review.ts'
import { useReviewYears } from './use-review-years.ts'

const NO_YEARS: readonly number[] = []

/**
 * Below the village cards: the duplicate review and the combination-rule editor, on the same engine.
 * Both start at the latest year with data; villages are named from the snapshot.
 */
export function PlannerReviewSection({
  source,
  published,
}: {
  source: PlannerSource
  /** The snapshot engine, for the years with data (Supabase mode). */
  published: PlannerEngine
}): ReactElement {
  const { engine, villages, regionKode, localPeriod, generation, onSessionExpired } = source
  const yearsState = useReviewYears(published, regionKode, localPeriod)
  const years = yearsState.status === 'ready' ? yearsState.years : NO_YEARS
  const latest = years[0] ?? null
  const [filters, setFilters] = useState<ReviewFilters>({
    tahun: null,
    jenis: null,
    keputusan: 'belum',
  })
  const [rulesYear, setRulesYear] = useState<number | null>(null)
  // The latest year once known (and again if the years change, e.g. a reset local database).
  useEffect(() => {
    setFilters((previous) =>
      previous.tahun === latest || (previous.tahun !== null && years.includes(previous.tahun))
        ? previous
        : { ...previous, tahun: latest },
    )
    setRulesYear((previous) => (previous !== null && years.includes(previous) ? previous : latest))
  }, [years, latest])

  const review = useDuplicateReview(engine, filters.tahun, filters.jenis, generation, onSessionExpired)
  const rules = useCombinationRules(engine, rulesYear, generation, onSessionExpired)
  const villagesByKode = useMemo(() => new Map(villages.map((item) => [item.kode, item])), [villages])
  const villageName = useCallback(
    (kode: string): string => {
      const village = villagesByKode.get(kode)
      return village ? `${village.nama} (${village.kecamatan_nama})` : kode
    },
    [villagesByKode],
  )
  const context = useMemo(
    (): ReviewContext => ({ years, isLocal: localPeriod !== null, villageName }),
    [years, localPeriod, villageName],
  )

  return (
    <>
      <DuplicateReview
        state={
          yearsState.status !== 'ready'
            ? yearsState
            : filters.tahun === null
              ? { status: 'ready', pairs: [] }
              : review.state
        }
        context={context}
        filters={filters}
        onFilters={setFilters}
        onDecide={review.decide}
      />
      <CombinationRules
        state={rules.state}
        context={context}
        tahun={rulesYear}
        onYear={setRulesYear}
        onChange={rules.change}
      />
    </>
  )
}
