import { type ReactElement, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Snapshot } from '../data/snapshot.ts'
import { getRankOrder, rankAreas } from '../indicators/rank.ts'
import { buildTableRows } from '../panels/table/table-rows.ts'
import { VillageTable } from '../panels/table/village-table.tsx'
import type { ExplorerShown } from './explorer-shown.ts'
import { getProfileHref, openProfile } from './profile-link.ts'

/**
 * The explorer's table tab: the map's areas, values and classes as rows, ranked among the areas
 * shown (141 villages or 18 districts), with the same selection as the map.
 */
export function ExplorerTable({
  snapshot,
  shown,
  selectedKode,
  onSelect,
}: {
  snapshot: Snapshot
  shown: ExplorerShown
  selectedKode: string | null
  onSelect: (kode: string) => void
}): ReactElement {
  const { t } = useTranslation()
  const { indicator, tahun, level, classes, classification } = shown
  const rows = useMemo(() => {
    const areas = level === 'desa' ? snapshot.villages : snapshot.kecamatan
    const ranks = rankAreas(
      areas.map((area) => area.kode),
      (kode) => ({
        nilai: classes.values.get(kode) ?? null,
        status: classes.statuses.get(kode) ?? 'tidak_ada',
      }),
      getRankOrder(indicator.direction),
    )
    return buildTableRows(areas, classes, ranks)
  }, [snapshot, level, classes, indicator])
  const classificationLabel =
    classification.method === 'manual'
      ? t('table.manualBreaks')
      : t('table.classificationLabel', {
          method: t(`picker.methods.${classification.method}`),
          count: classes.colors.length,
        })
  const attribution = snapshot.manifest.attribution ?? [
    ...new Set(snapshot.manifest.sources.map((source) => source.attribution)),
  ]
  return (
    <VillageTable
      rows={rows}
      indicator={indicator}
      tahun={tahun}
      level={level}
      breaks={classes.breaks}
      colors={classes.colors}
      classificationLabel={classificationLabel}
      kecamatan={snapshot.kecamatan}
      selectedKode={selectedKode}
      snapshotId={snapshot.manifest.snapshot_id}
      attribution={attribution}
      onSelect={onSelect}
      getProfileHref={level === 'desa' ? (kode) => getProfileHref(kode, tahun) : undefined}
      onOpenProfile={level === 'desa' ? (kode) => openProfile(kode, tahun) : undefined}
    />
  )
}
