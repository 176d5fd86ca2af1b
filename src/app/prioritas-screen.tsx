import { type ReactElement, useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IndicatorData } from '../data/indicators.ts'
import { useLanguage } from '../i18n/use-language.ts'
import { WITHHELD_COLOR } from '../indicators/palettes.ts'
import type { BBox } from '../lib/geometry-bbox.ts'
import type { CameraPadding, HoverInfo } from '../map/map-view.tsx'
import { buildAttribution } from '../panels/attribution/build-attribution.ts'
import { DataAttribution } from '../panels/attribution/data-attribution.tsx'
import { BivariateLegend } from '../panels/legend/bivariate-legend.tsx'
import { BivariateControls } from '../panels/priority/bivariate-controls.tsx'
import { PriorityControls } from '../panels/priority/priority-controls.tsx'
import { PriorityFilters } from '../panels/priority/priority-filters.tsx'
import { RankedList } from '../panels/priority/ranked-list.tsx'
import '../panels/priority/priority.css'
import { UrlNotice } from '../panels/url-notice/url-notice.tsx'
import { CRITERION_IDS } from '../priority/criteria.ts'
import { countFilterOptions } from '../priority/filter-villages.ts'
import { matchPreset, presetWeights } from '../priority/presets.ts'
import { defaultPrioritySettings } from '../priority/priority-settings.ts'
import type { PriorityUrlContext } from '../priority/priority-url.ts'
import { buildKecamatanBBoxes } from './explorer-camera.ts'
import { PriorityTooltip } from './priority-tooltip.tsx'
import type { ScreenProps } from './screen-props.ts'
import { SnapshotMap } from './snapshot-map.tsx'
import { useCameraRequest } from './use-camera-request.ts'
import { usePriorityExport } from './use-priority-export.ts'
import { OUTSIDE_COLOR, usePriorityMap } from './use-priority-map.ts'
import { useCriterionInfo, usePriorityModel, usePriorityVillages } from './use-priority-model.ts'
import { usePrioritySettings } from './use-priority-settings.ts'

// Zoom at which a village picked in the list is shown, as in the explorer.
const VILLAGE_MAX_ZOOM = 11.5
const CAMERA_PADDING = { top: 48, right: 48, bottom: 48, left: 48 }
const cameraPadding = (): CameraPadding => CAMERA_PADDING

/** Years with village values for any criterion, ascending. */
function criterionYears(data: IndicatorData): number[] {
  return [...new Set(CRITERION_IDS.flatMap((id) => data.index.yearsOf(id)))].sort((a, b) => a - b)
}

/** The route `/prioritas`: the finder, or, for a snapshot without indicators, why there is nothing to rank. */
export function PrioritasRoute({ indicatorData, ...props }: ScreenProps): ReactElement {
  return indicatorData ? (
    <PrioritasScreen {...props} indicatorData={indicatorData} />
  ) : (
    <PrioritasUnavailable />
  )
}

/** Shown instead of the screen when the snapshot has no indicators: nothing to rank. */
function PrioritasUnavailable(): ReactElement {
  const { t } = useTranslation()
  return (
    <div className="status" data-testid="priority-unavailable">
      <p>{t('prioritas.noIndicators')}</p>
    </div>
  )
}

/** The under-served village finder: bivariate need × coverage map, weighted ranking, filters, export. */
export function PrioritasScreen({
  snapshot,
  indicatorData,
  regionTitle,
}: ScreenProps & { indicatorData: IndicatorData }): ReactElement {
  const language = useLanguage()
  const { t } = useTranslation()
  const villages = usePriorityVillages(snapshot)
  const criteria = useCriterionInfo(indicatorData, language)
  const urlContext = useMemo<PriorityUrlContext>(() => {
    const years = criterionYears(indicatorData)
    return {
      years,
      kecamatanCodes: snapshot.kecamatan.map((item) => item.kode),
      villageCodes: snapshot.villages.map((item) => item.kode),
      defaults: defaultPrioritySettings(years.at(-1) ?? new Date().getFullYear()),
    }
  }, [indicatorData, snapshot])
  const { settings, update, notices, dismissNotices } = usePrioritySettings(urlContext)
  const model = usePriorityModel(villages, indicatorData, settings)
  const { ranking, bivariate, include } = model

  const labelOf = useCallback(
    (id: string): string =>
      indicatorData.file.indicators.find((item) => item.id === id)?.label[language] ?? id,
    [indicatorData, language],
  )
  const activeInfo = ranking.criteria.flatMap((criterion) =>
    criteria.filter((item) => item.id === criterion.id),
  )
  const topItems = ranking.ranked.slice(0, settings.top)
  const villagesByKode = useMemo(
    () => new Map(snapshot.villages.map((item) => [item.kode, item])),
    [snapshot],
  )
  const [listHover, setListHover] = useState<string | null>(null)
  const rankedByKode = useMemo(
    () => new Map(ranking.ranked.map((item) => [item.village.kode, item])),
    [ranking],
  )

  const priorityMap = usePriorityMap({ villages, bivariate, include, topItems, villagesByKode, listHover })
  const kecamatanBBoxes = useMemo(() => buildKecamatanBBoxes(snapshot), [snapshot])
  // A link with a selected village opens framed on it, as in the explorer; one filtered to a kecamatan
  // opens framed on the kecamatan.
  const { camera, frame } = useCameraRequest({
    initialBBox: () => {
      const village = settings.selected === null ? undefined : villagesByKode.get(settings.selected)
      const kecamatan = settings.filters.kecamatan
      return village?.bbox ?? (kecamatan === null ? undefined : kecamatanBBoxes.get(kecamatan))
    },
    padding: cameraPadding,
    maxZoom: VILLAGE_MAX_ZOOM,
  })
  const [hover, setHover] = useState<HoverInfo | null>(null)
  const select = useCallback(
    (kode: string | null) => update((current) => ({ ...current, selected: kode })),
    [update],
  )
  const showBox = (bbox: BBox | undefined): void => {
    if (bbox) frame(bbox)
  }
  const selectFromList = (kode: string | null): void => {
    select(kode)
    showBox(kode === null ? undefined : villagesByKode.get(kode)?.bbox)
  }

  const { exportState, runExport } = usePriorityExport({
    ranking,
    settings,
    snapshot,
    indicatorData,
    regionTitle,
  })

  const hovered = hover === null ? undefined : villagesByKode.get(hover.kode)
  const hoveredRank = hovered ? rankedByKode.get(hovered.kode) : undefined
  const attribution = useMemo(() => buildAttribution(snapshot.manifest), [snapshot])
  const preset = matchPreset(settings.weights)
  const selectedCount = include.filter(Boolean).length
  const filterCounts = useMemo(() => countFilterOptions(model.table), [model.table])

  return (
    <div className="priority-screen" data-testid="priority-screen">
      <aside className="priority-sidebar" aria-label={t('prioritas.title')}>
        <header className="priority-sidebar__header">
          <h2>{t('prioritas.title')}</h2>
          <p>{t('prioritas.intro')}</p>
        </header>
        <PriorityControls
          criteria={criteria}
          weights={settings.weights}
          preset={preset}
          normalisation={settings.normalisation}
          years={urlContext.years}
          tahun={settings.tahun}
          onYear={(tahun) => update((current) => ({ ...current, tahun }))}
          onPreset={(id) => update((current) => ({ ...current, weights: presetWeights(id) }))}
          onWeight={(id, weight) =>
            update((current) => ({ ...current, weights: { ...current.weights, [id]: weight } }))
          }
          onNormalisation={(normalisation) => update((current) => ({ ...current, normalisation }))}
        />
        <PriorityFilters
          filters={settings.filters}
          kecamatan={snapshot.kecamatan}
          count={selectedCount}
          total={villages.length}
          idmCounts={filterCounts.idm}
          livelihoodCounts={filterCounts.livelihood}
          onChange={(filters) => {
            if (filters.kecamatan !== null && filters.kecamatan !== settings.filters.kecamatan) {
              showBox(kecamatanBBoxes.get(filters.kecamatan))
            }
            update((current) => ({ ...current, filters }))
          }}
        />
        <BivariateControls
          pair={settings.bivariate}
          labelOf={labelOf}
          onChange={(bivariatePair) => update((current) => ({ ...current, bivariate: bivariatePair }))}
        />
      </aside>
      <div className="priority-map">
        <div className="map-area">
          <SnapshotMap
            snapshot={snapshot}
            map={priorityMap}
            level="desa"
            selectedKode={settings.selected}
            camera={camera}
            label={t('prioritas.mapLabel', { region: regionTitle })}
            onHover={setHover}
            onSelect={select}
          />
          {notices.length > 0 && <UrlNotice notices={notices} onDismiss={dismissNotices} />}
          <div className="map-corner">
            <DataAttribution
              content={attribution}
              snapshotId={snapshot.manifest.snapshot_id}
              isExpandedByDefault={false}
            />
          </div>
          {hover && hovered && (
            <PriorityTooltip
              hover={hover}
              village={hovered}
              quadrant={priorityMap.quadrantOf(hovered.kode)}
              isOutside={priorityMap.areaStates.get(hovered.kode)?.outside === true}
              ranked={hoveredRank}
            />
          )}
        </div>
        <BivariateLegend
          title={t('prioritas.bivariate.legendTitle', { year: settings.tahun })}
          needLabel={labelOf(settings.bivariate.need)}
          coverageLabel={labelOf(settings.bivariate.coverage)}
          counts={bivariate.counts}
          missingColor={WITHHELD_COLOR}
          outsideColor={OUTSIDE_COLOR}
          topCount={Math.min(settings.top, ranking.ranked.length)}
        />
      </div>
      <RankedList
        ranking={ranking}
        criteria={activeInfo}
        selected={settings.selected}
        top={settings.top}
        quadrantOf={priorityMap.quadrantOf}
        exportState={exportState}
        onSelect={selectFromList}
        onTop={(top) => update((current) => ({ ...current, top }))}
        onHover={setListHover}
        onExport={runExport}
      />
    </div>
  )
}
