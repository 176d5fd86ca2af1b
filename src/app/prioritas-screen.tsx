import { type ReactElement, useCallback, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { config } from '../config.ts'
import type { IndicatorData } from '../data/indicators.ts'
import { formatValue } from '../indicators/format.ts'
import { NO_DATA_COLOR, WITHHELD_COLOR } from '../indicators/palettes.ts'
import { capitaliseFirst } from '../lib/capitalise-first.ts'
import { type BBox, getGeometryBBox } from '../lib/geometry-bbox.ts'
import { buildBaseLayers } from '../map/basemap.ts'
import type { AreaState } from '../map/layers/feature-state.ts'
import { buildPriorityLayers } from '../map/layers/priority-layers.ts'
import { getMapData } from '../map/map-data.ts'
import { MAP_FONTS, MAP_THEME } from '../map/map-theme.ts'
import { type CameraRequest, type HoverInfo, MapView } from '../map/map-view.tsx'
import { buildAttribution } from '../panels/attribution/build-attribution.ts'
import { DataAttribution } from '../panels/attribution/data-attribution.tsx'
import { BivariateLegend } from '../panels/legend/bivariate-legend.tsx'
import { BivariateControls } from '../panels/priority/bivariate-controls.tsx'
import { PriorityControls } from '../panels/priority/priority-controls.tsx'
import { PriorityFilters } from '../panels/priority/priority-filters.tsx'
import { RankedList } from '../panels/priority/ranked-list.tsx'
import type { ScreenProps } from './screen-props.ts'
import '../panels/priority/priority.css'
import { useLanguage } from '../i18n/use-language.ts'
import { VillageTooltip } from '../panels/tooltip/village-tooltip.tsx'
import { UrlNotice } from '../panels/url-notice/url-notice.tsx'
import { BIVARIATE_COLORS, BIVARIATE_THRESHOLDS, tiersOf } from '../priority/bivariate.ts'
import { CRITERION_IDS } from '../priority/criteria.ts'
import { countFilterOptions } from '../priority/filter-villages.ts'
import { matchPreset, presetWeights } from '../priority/presets.ts'
import { defaultPrioritySettings } from '../priority/priority-settings.ts'
import type { PriorityUrlContext } from '../priority/priority-url.ts'
import { usePriorityExport } from './use-priority-export.ts'
import { useCriterionInfo, usePriorityModel, usePriorityVillages } from './use-priority-model.ts'
import { usePrioritySettings } from './use-priority-settings.ts'

// Villages outside the filters: paler than the lightest class, so the selection stands out (by eye).
const OUTSIDE_COLOR = '#f7f7f5'
// The ring of the village hovered in the list: the app's accent blue, apart from the near-black top outline.
const LIST_HOVER_COLOR = '#1d6fb8'
// Zoom at which a village picked in the list is shown, as in the explorer.
const VILLAGE_MAX_ZOOM = 11.5
const CAMERA_PADDING = { top: 48, right: 48, bottom: 48, left: 48 }
const TOOLTIP_ROOM = { width: 280, height: 110 }
/** The bivariate classes as the choropleth's fill: 9 colours on the class index; a missing class withheld. */
const BIVARIATE_FILL = {
  thresholds: BIVARIATE_THRESHOLDS,
  colors: BIVARIATE_COLORS,
  noDataColor: NO_DATA_COLOR,
  withheldColor: WITHHELD_COLOR,
}
const isMapExposed = config.isDev || new URLSearchParams(window.location.search).has('e2e')

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

  // The bivariate class is the choropleth's value (a missing one is drawn withheld); the filters have
  // their own `outside` feature-state, read by the overlay's pale fill.
  const { values, areaStates } = useMemo(() => {
    const classValues = new Map<string, number | null>()
    const states = new Map<string, AreaState>()
    villages.forEach((village, index) => {
      const classIndex = bivariate.classes[index] ?? null
      classValues.set(village.kode, classIndex)
      states.set(village.kode, {
        value: classIndex,
        status: classIndex === null ? 'ditahan' : 'ada',
        outside: !include[index],
      })
    })
    return { values: classValues, areaStates: states }
  }, [villages, bivariate, include])

  const mapData = getMapData(snapshot)
  const baseLayers = useMemo(() => buildBaseLayers({ fill: BIVARIATE_FILL }), [])
  const topKey = topItems.map((item) => `${item.village.kode}:${item.rank}`).join(',')
  // biome-ignore lint/correctness/useExhaustiveDependencies: `topKey` stands for `topItems`, rebuilt on every ranking
  const overlay = useMemo(
    () =>
      buildPriorityLayers({
        topCodes: topItems.map((item) => item.village.kode),
        rankPoints: {
          type: 'FeatureCollection',
          features: topItems.flatMap((item) => {
            const village = villagesByKode.get(item.village.kode)
            return village
              ? [
                  {
                    type: 'Feature' as const,
                    geometry: { type: 'Point' as const, coordinates: [village.label_lng, village.label_lat] },
                    properties: { kode: item.village.kode, rank: item.rank },
                  },
                ]
              : []
          }),
        },
        hoverCode: listHover,
        hoverColor: LIST_HOVER_COLOR,
        outsideColor: OUTSIDE_COLOR,
        lineColor: MAP_THEME.highlight,
        badgeTextColor: '#ffffff',
        font: MAP_FONTS.semibold,
      }),
    [topKey, villagesByKode, listHover],
  )
  const layers = useMemo(() => [...baseLayers, ...overlay.layers], [baseLayers, overlay])

  const kecamatanBBoxes = useMemo(
    () =>
      new Map(
        snapshot.kecamatanShapes.features.flatMap((feature) => {
          const bbox = getGeometryBBox(feature.geometry)
          return bbox ? [[feature.properties.kode, bbox] as const] : []
        }),
      ),
    [snapshot],
  )

  const cameraKey = useRef(0)
  // A link with a selected village opens framed on it, as in the explorer; one filtered to a kecamatan
  // opens framed on the kecamatan.
  const [camera, setCamera] = useState<CameraRequest | null>(() => {
    const village = settings.selected === null ? undefined : villagesByKode.get(settings.selected)
    const kecamatan = settings.filters.kecamatan
    const bbox = village?.bbox ?? (kecamatan === null ? undefined : kecamatanBBoxes.get(kecamatan))
    return bbox ? { bbox, key: 0, padding: CAMERA_PADDING, maxZoom: VILLAGE_MAX_ZOOM } : null
  })
  const [hover, setHover] = useState<HoverInfo | null>(null)
  const select = useCallback(
    (kode: string | null) => update((current) => ({ ...current, selected: kode })),
    [update],
  )
  const showBox = useCallback((bbox: BBox | undefined) => {
    if (!bbox) return
    cameraKey.current += 1
    setCamera({ bbox, key: cameraKey.current, padding: CAMERA_PADDING, maxZoom: VILLAGE_MAX_ZOOM })
  }, [])
  const selectFromList = useCallback(
    (kode: string | null) => {
      select(kode)
      showBox(kode === null ? undefined : villagesByKode.get(kode)?.bbox)
    },
    [select, showBox, villagesByKode],
  )

  const quadrantOf = useCallback(
    (kode: string): string | null => {
      const classIndex = values.get(kode)
      if (classIndex === null || classIndex === undefined) return null
      const tiers = tiersOf(classIndex)
      const label = t('prioritas.bivariate.cell', {
        need: t(`prioritas.bivariate.tier.${tiers.need}`),
        coverage: t(`prioritas.bivariate.tier.${tiers.coverage}`),
      })
      return capitaliseFirst(label, language)
    },
    [values, t, language],
  )
  const { exportState, runExport } = usePriorityExport({
    ranking,
    settings,
    snapshot,
    indicatorData,
    regionTitle,
    language,
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
          <MapView
            data={mapData}
            layers={layers}
            sources={overlay.sources}
            level="desa"
            areaStates={areaStates}
            selectedKode={settings.selected}
            initialBounds={snapshot.bbox}
            camera={camera}
            label={t('prioritas.mapLabel', { region: regionTitle })}
            isExposed={isMapExposed}
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
            <VillageTooltip
              name={hovered.nama}
              meta={`${t(`region.${hovered.jenis}`)} · ${t('region.kecamatanOf', { name: hovered.kecamatan_nama })}`}
              indicatorLabel={quadrantOf(hovered.kode) ?? t('prioritas.bivariate.missing')}
              valueText={
                areaStates.get(hovered.kode)?.outside
                  ? t('prioritas.bivariate.outside')
                  : hoveredRank
                    ? `${t('prioritas.list.rank', { rank: hoveredRank.rank })} · ${t(
                        'prioritas.list.scoreOf',
                        {
                          score: formatValue(hoveredRank.score, language, 1),
                        },
                      )}`
                    : t('prioritas.export.status.unranked')
              }
              x={hover.x}
              y={hover.y}
              isFlippedX={hover.x > hover.width - TOOLTIP_ROOM.width}
              isFlippedY={hover.y > hover.height - TOOLTIP_ROOM.height}
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
        quadrantOf={quadrantOf}
        exportState={exportState}
        onSelect={selectFromList}
        onTop={(top) => update((current) => ({ ...current, top }))}
        onHover={setListHover}
        onExport={runExport}
      />
    </div>
  )
}
