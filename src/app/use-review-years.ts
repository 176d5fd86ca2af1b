import { useEffect, useState } from 'react'
import type { PlannerEngine } from '../data/planner/planner-request.ts'
import { fetchPublishedYears } from '../data/planner/published-years.ts'

/** The years the review offers, newest first (empty when none has data), or why they could not be read. */
export type ReviewYears =
  | { status: 'loading' }
  | { status: 'ready'; years: number[] }
  | { status: 'error'; message: string }

/**
 * Years with data for the duplicate review and the rule counts. Local mode holds one DTSEN period only
 * (`localPeriod`, from the dump's info file), so that is the only year; otherwise the years the public
 * snapshot has household figures for (`published`, the snapshot engine), newest first.
 */
export function useReviewYears(
  published: PlannerEngine,
  regionKode: string,
  localPeriod: number | null,
): ReviewYears {
  const [state, setState] = useState<ReviewYears>(
    localPeriod === null ? { status: 'loading' } : { status: 'ready', years: [localPeriod] },
  )
  useEffect(() => {
    if (localPeriod !== null) {
      setState({ status: 'ready', years: [localPeriod] })
      return
    }
    let isCurrent = true
    fetchPublishedYears(published, regionKode).then(
      (years) => isCurrent && setState({ status: 'ready', years }),
      (error: unknown) =>
        isCurrent &&
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    )
    return () => {
      isCurrent = false
    }
  }, [published, regionKode, localPeriod])
  return state
}
