import { type ReactElement, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { config } from '../config.ts'
import type { FollowUp } from '../data/planner/follow-up.ts'
import { fetchLatestFollowUps } from '../data/planner/latest-follow-ups.ts'
import { createSnapshotEngine } from '../data/snapshot-engine.ts'
import { FollowUpForm } from '../panels/planner/follow-up-form.tsx'
import { FollowUpHistory } from '../panels/planner/follow-up-history.tsx'
import { HouseholdCounts } from '../panels/planner/household-counts.tsx'
import { LoadStatus } from '../panels/planner/load-status.tsx'
import { PlannerCard } from '../panels/planner/planner-card.tsx'
import { VillagePicker } from '../panels/planner/village-picker.tsx'
import { PlannerReviewSection } from './planner-review-section.tsx'
import type { PlannerSource } from './planner-source.ts'
import { useVillageRecords } from './use-village-records.ts'

/**
 * The planner's view of one village, the same on every engine: pick a village, read its household counts
 * from the row-level data, read and add follow-ups. `author` is who the database signs new follow-ups as
 * (the planner's e-mail; null in local mode, where it signs as this device).
 * Below the village cards, the duplicate review and the combination rules of the whole region.
 */
export function PlannerWorkspace({
  author,
  ...source
}: PlannerSource & { author: string | null }): ReactElement {
  const { engine, villages, generation, onSessionExpired } = source
  const { t } = useTranslation()
  const [kodeDesa, setKodeDesa] = useState(() => villages[0]?.kode ?? '')
  const [latest, setLatest] = useState<ReadonlyMap<string, FollowUp>>(new Map())
  // Published figures come from the static snapshot, as on the public map (no database involved).
  const published = useMemo(() => createSnapshotEngine(config.dataBaseUrl), [])
  const { state, save } = useVillageRecords(engine, published, kodeDesa, generation, onSessionExpired)
  const village = villages.find((item) => item.kode === kodeDesa)

  // The picker's statuses follow every reload of the village (e.g. after a save).
  useEffect(() => {
    if (state.status !== 'ready') return
    let isCurrent = true
    fetchLatestFollowUps(engine).then(
      (map) => isCurrent && setLatest(map),
      () => undefined,
    )
    return () => {
      isCurrent = false
    }
  }, [engine, state])

  return (
    <>
      <div className="planner-grid">
        <section className="planner-card" aria-labelledby="planner-village-title">
          <VillagePicker villages={villages} value={kodeDesa} latest={latest} onChange={setKodeDesa} />
          <h3 id="planner-village-title" className="planner-subtitle" data-testid="village-title">
            {village ? `${village.nama} · ${village.kecamatan_nama}` : kodeDesa}
          </h3>
          <h4 className="planner-subtitle">{t('planner.village.households')}</h4>
          <LoadStatus state={state} loading="planner.village.loading" error="planner.village.error" />
          {state.status === 'ready' && <HouseholdCounts counts={state.counts} published={state.published} />}
        </section>
        <PlannerCard texts="planner.followUp" hasIntro={false}>
          {state.status === 'ready' && (
            <>
              <FollowUpForm
                key={kodeDesa}
                author={author}
                initialStatus={state.followUps[0]?.status ?? 'perlu_verifikasi'}
                onSave={(status, catatan) => save({ status, catatan })}
              />
              <FollowUpHistory followUps={state.followUps} />
            </>
          )}
        </PlannerCard>
      </div>
      <PlannerReviewSection source={source} published={published} />
    </>
  )
}
