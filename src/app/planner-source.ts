import type { PlannerEngine } from '../data/planner/planner-request.ts'
import type { Village } from '../data/snapshot.ts'

/** What the planner workspace and its review section work on, the same for both. */
export interface PlannerSource {
  engine: PlannerEngine
  villages: readonly Village[]
  regionKode: string
  /** Local mode: the one DTSEN period the browser copy holds; null on Supabase. */
  localPeriod: number | null
  /** Changes after the local database was reset or imported: every card reloads. */
  generation: number
  onSessionExpired: () => void
}
