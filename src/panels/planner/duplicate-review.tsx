import { type ReactElement, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  DUPLICATE_KINDS,
  type DuplicateDecision,
  type DuplicateKind,
  type DuplicatePair,
} from '../../data/planner/duplicate-pairs.ts'
import { DuplicatePairItem } from './duplicate-pair-item.tsx'
import './planner-review.css'
import { LabeledSelect } from '../../ui/labeled-select.tsx'
import { LoadStatus } from './load-status.tsx'
import { PlannerCard } from './planner-card.tsx'
import type { ReviewContext } from './review-context.ts'
import { ReviewYearSelect } from './review-year-select.tsx'

/** The pairs of one year and kind, as loaded. */
export type DuplicateReviewState =
  | { status: 'loading' }
  | { status: 'ready'; pairs: DuplicatePair[] }
  | { status: 'error'; message: string }

/** How many pairs the list draws at once; the count above it still covers every pair. */
export const REVIEW_PAGE_SIZE = 100

/** Which pairs the list shows: only those nobody has decided yet, or every one. */
export type DecisionFilter = 'belum' | 'semua'

/** The review's choices, owned by the caller (the query depends on year and kind). */
export interface ReviewFilters {
  /** null: no year has data (nothing to list). */
  tahun: number | null
  jenis: DuplicateKind | null
  keputusan: DecisionFilter
}

/**
 * The duplicate review: year, kind and decision filters, a count of pairs and undecided pairs, the
 * list of pairs (decided in this visit stay listed under "undecided" until a filter changes), and in
 * local mode a note that only household-head checks run there.
 */
export function DuplicateReview({
  state,
  context,
  filters,
  onFilters,
  onDecide,
}: {
  state: DuplicateReviewState
  context: ReviewContext
  filters: ReviewFilters
  onFilters: (filters: ReviewFilters) => void
  onDecide: (kunci: string, keputusan: DuplicateDecision, catatan: string) => Promise<void>
}): ReactElement {
  const { t } = useTranslation()
  const { isLocal, villageName } = context
  // Keys decided in this visit: kept in the "undecided" list so a row does not vanish under the cursor.
  const [decidedNow, setDecidedNow] = useState<ReadonlySet<string>>(new Set())
  const change = (next: Partial<ReviewFilters>) => {
    setDecidedNow(new Set())
    onFilters({ ...filters, ...next })
  }
  const pairs = state.status === 'ready' ? state.pairs : []
  const undecided = pairs.filter((pair) => pair.keputusan === null).length
  const shown = useMemo(
    () =>
      filters.keputusan === 'semua'
        ? pairs
        : pairs.filter((pair) => pair.keputusan === null || decidedNow.has(pair.kunci)),
    [pairs, filters.keputusan, decidedNow],
  )

  return (
    <PlannerCard texts="planner.review" testId="duplicate-review">
      {isLocal && (
        <p className="review-note" data-testid="review-local-note">
          {t('planner.review.localNote')}
        </p>
      )}
      <div className="review-filters">
        {filters.tahun !== null && (
          <ReviewYearSelect
            context={context}
            texts="planner.review"
            value={filters.tahun}
            onChange={(tahun) => change({ tahun })}
            testId="review-year"
          />
        )}
        <LabeledSelect
          className="planner-field"
          label={t('planner.review.kindLabel')}
          testId="review-kind"
          options={[
            { value: null, label: t('planner.review.kindAll') },
            ...DUPLICATE_KINDS.map((kind) => ({ value: kind, label: t(`planner.review.kind.${kind}`) })),
          ]}
          value={filters.jenis}
          onChange={(jenis) => change({ jenis })}
        />
        <LabeledSelect
          className="planner-field"
          label={t('planner.review.decisionLabel')}
          testId="review-decision"
          options={[
            { value: 'belum', label: t('planner.review.undecidedOnly') },
            { value: 'semua', label: t('planner.review.allPairs') },
          ]}
          value={filters.keputusan}
          onChange={(keputusan) => change({ keputusan })}
        />
      </div>
      <LoadStatus state={state} loading="planner.review.loading" error="planner.review.error" />
      {state.status === 'ready' && (
        <>
          <p className="review-summary" data-testid="review-summary" data-pairs={pairs.length}>
            {t('planner.review.summary', { count: pairs.length, undecided })}
          </p>
          {shown.length === 0 ? (
            <p>{pairs.length === 0 ? t('planner.review.none') : t('planner.review.allDecided')}</p>
          ) : (
            <ol className="review-list">
              {shown.slice(0, REVIEW_PAGE_SIZE).map((pair, index) => (
                <DuplicatePairItem
                  key={pair.kunci}
                  pair={pair}
                  index={index}
                  villageName={villageName}
                  onDecide={async (keputusan, catatan) => {
                    await onDecide(pair.kunci, keputusan, catatan)
                    setDecidedNow((previous) => new Set(previous).add(pair.kunci))
                  }}
                />
              ))}
            </ol>
          )}
          {shown.length > REVIEW_PAGE_SIZE && (
            <p className="planner-banner__meta">
              {t('planner.review.more', { shown: REVIEW_PAGE_SIZE, count: shown.length })}
            </p>
          )}
        </>
      )}
    </PlannerCard>
  )
}
