import { lazy, type ReactElement, Suspense, useCallback, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { config } from '../config.ts'
import type { IndicatorData, ValueStatus } from '../data/indicators.ts'
import type { Snapshot, Village } from '../data/snapshot.ts'
import { getSourceShortName } from '../data/source-label.ts'
import { buildAreaCatalogue, buildPublishedCatalogue, findIndicator } from '../indicators/catalogue.ts'
import { colorFor } from '../indicators/class-colors.ts'
import { type Classification, classIndexOf, DATA_METHODS, getClassRanges } from '../indicators/classify.ts'
import { formatValue } from '../indicators/format.ts'
import { NO_DATA_COLOR, type PaletteId, WITHHELD_COLOR } from '../indicators/palettes.ts'
import { deriveValueClasses } from '../indicators/value-classes.ts'
import { type BBox, getGeometryBBox } from '../lib/geometry-bbox.ts'
import type { Language } from '../lib/language.ts'
import { buildMapStyle, type MapData } from '../map/basemap.ts'
import { buildLabelPoints } from '../map/label-points.ts'
import { MAP_FONT_FACES } from '../map/map-fonts.ts'
import { type CameraPadding, type CameraRequest, type HoverInfo, MapView } from '../map/map-view.tsx'
import { buildAttribution } from '../panels/attribution/build-attribution.ts'
import { DataAttribution } from '../panels/attribution/data-attribution.tsx'
import { IndicatorPicker } from '../panels/indicator-picker/indicator-picker.tsx'
import { IndicatorLegend } from '../panels/legend/indicator-legend.tsx'
import { VillageSearch } from '../panels/search/village-search.tsx'
import { ExplorerTabs } from '../panels/table/explorer-tabs.tsx'
import { VillageTooltip } from '../panels/tooltip/village-tooltip.tsx'
import { UrlNotice } from '../panels/url-notice/url-notice.tsx'
import { VillageDetails } from '../panels/village-details/village-details.tsx'
import { getProfileHref, openProfile } from './profile-link.ts'
import { useExplorerTab } from './use-explorer-tab.ts'
import { COMPACT_LAYOUT_QUERY, useMediaQuery } from './use-media-query.ts'
import { useViewState } from './use-view-state.ts'

/** The table tab (and its CSV writer) loads when first opened; the map does not need it. */
const ExplorerTable = lazy(() =>
  import('./explorer-table.tsx').then((module) => ({ default: module.ExplorerTable })),
)

/**
 * Quantiles in 5 classes unless the reader picks another: each class holds about a fifth of the
 * villages, which reads well for skewed figures (indicators/README.md).
 */
const DEFAULT_CLASSIFICATION: Classification = { method: 'quantile', classes: 5 }
/** One sequential palette for every figure, so a change of indicator does not read as a change of meaning. */
const PALETTE: PaletteId = 'yl_gn_bu'
/** The legend key of each non-value status. */
const STATUS_LABEL_KEYS: Record<Exclude<ValueStatus, 'ada'>, string> = {
  ditahan: 'legend.withheld',
  tidak_ada: 'legend.noData',
  tidak_berlaku: 'legend.notApplicable',
}

// Zoom at which a searched village is shown: close enough for its name, with its neighbours around.
const VILLAGE_MAX_ZOOM = 11.5
// Room the tooltip needs right of and below the pointer before it flips (its largest size, by eye).
const TOOLTIP_ROOM = { width: 280, height: 110 }
// Tests and debugging may reach the map instance with ?e2e (see MapView `isExposed`).
const isMapExposed = config.isDev || new URLSearchParams(window.location.search).has('e2e')

/** The extent of each kecamatan polygon by code. */
function buildKecamatanBBoxes(snapshot: Snapshot): Map<string, BBox> {
  const boxes = new Map<string, BBox>()
  for (const feature of snapshot.kecamatanShapes.features) {
    const bbox = getGeometryBBox(feature.geometry)
    if (bbox) boxes.set(feature.properties.kode, bbox)
  }
  return boxes
}

function cameraPadding(isCompact: boolean): CameraPadding {
  // Compact: keep clear of the search bar on top and the bottom sheet (at most 55% of the height).
  if (isCompact) return { top: 72, right: 24, bottom: Math.round(window.innerHeight * 0.5), left: 24 }
  return { top: 72, right: 48, bottom: 48, left: 48 }
}

/** The first screen: the map with search, picker, legend, attribution, tooltip and the village panel. */
export function MapScreen({
  snapshot,
  indicatorData,
  regionTitle,
  language,
}: {
  snapshot: Snapshot
  /** The published indicators, or `null` to show area only. */
  indicatorData: IndicatorData | null
  regionTitle: string
  language: Language
}): ReactElement {
  const { t } = useTranslation()
  const isCompact = useMediaQuery(COMPACT_LAYOUT_QUERY)
  const catalogue = useMemo(
    () => (indicatorData ? buildPublishedCatalogue(indicatorData) : buildAreaCatalogue(snapshot.villages)),
    [indicatorData, snapshot],
  )
  const view = useViewState(catalogue, language)
  const { state, dispatch } = view
  const explorerTab = useExplorerTab()
  const indicator = findIndicator(catalogue, state.indicator) ?? catalogue.indicators[0]
  if (!indicator) throw new Error('The indicator catalogue is empty')
  const years = catalogue.yearsOf(indicator.id)
  const tahun = years.length > 0 ? state.tahun : null
  const classification = state.classification ?? DEFAULT_CLASSIFICATION
  const method = classification.method === 'manual' ? 'quantile' : classification.method
  const classCount =
    classification.method === 'manual' ? classification.breaks.length + 1 : classification.classes

  const level = state.level
  // Kecamatan values are the published kecamatan rows (recomputed in SQL from summed numerators),
  // never aggregated here.
  const codes = useMemo(
    () => (level === 'kecamatan' ? snapshot.kecamatan : snapshot.villages).map((area) => area.kode),
    [snapshot, level],
  )
  const classes = useMemo(
    () =>
      deriveValueClasses(
        codes,
        (kode) => catalogue.valueOf(indicator.id, state.tahun, kode),
        classification,
        PALETTE,
        indicator.direction,
      ),
    [codes, catalogue, indicator, state.tahun, classification],
  )
  const villagesByKode = useMemo(
    () => new Map(snapshot.villages.map((village) => [village.kode, village])),
    [snapshot],
  )
  const kecamatanByKode = useMemo(
    () => new Map(snapshot.kecamatan.map((kecamatan) => [kecamatan.kode, kecamatan])),
    [snapshot],
  )
  const kecamatanBBoxes = useMemo(() => buildKecamatanBBoxes(snapshot), [snapshot])
  const mapData = useMemo<MapData>(
    () => ({
      kabupaten: snapshot.kabupatenShapes,
      kecamatan: snapshot.kecamatanShapes,
      villages: snapshot.villageShapes,
      kecamatanLabels: buildLabelPoints(snapshot.kecamatan),
      villageLabels: buildLabelPoints(snapshot.villages),
    }),
    [snapshot],
  )
  const style = useMemo(
    () =>
      buildMapStyle({
        data: mapData,
        fill: {
          thresholds: classes.breaks?.thresholds ?? [],
          colors: classes.colors,
          noDataColor: NO_DATA_COLOR,
          withheldColor: WITHHELD_COLOR,
        },
        fontFaces: MAP_FONT_FACES,
        level,
      }),
    [mapData, classes, level],
  )

  const cameraKey = useRef(0)
  const [camera, setCamera] = useState<CameraRequest | null>(() => {
    const village = state.selected === null ? undefined : villagesByKode.get(state.selected)
    return village
      ? { bbox: village.bbox, key: 0, padding: cameraPadding(isCompact), maxZoom: VILLAGE_MAX_ZOOM }
      : null
  })
  const [hover, setHover] = useState<HoverInfo | null>(null)
  const [focusRequest, setFocusRequest] = useState(0)

  const select = useCallback((kode: string | null) => dispatch({ type: 'select', code: kode }), [dispatch])
  // Keyboard focus moves to the panel only when the village came from search; a click on the map
  // leaves focus where the pointer user has it.
  // In the kecamatan view a click drills in: back to villages, framed on the clicked district.
  const selectFromMap = useCallback(
    (kode: string | null) => {
      setFocusRequest(0)
      const bbox = kode === null || level !== 'kecamatan' ? undefined : kecamatanBBoxes.get(kode)
      if (!bbox) {
        select(kode)
        return
      }
      dispatch({ type: 'set-level', level: 'desa' })
      cameraKey.current += 1
      setCamera({
        bbox,
        key: cameraKey.current,
        padding: cameraPadding(isCompact),
        maxZoom: VILLAGE_MAX_ZOOM,
      })
    },
    [select, dispatch, level, kecamatanBBoxes, isCompact],
  )
  const pickFromSearch = useCallback(
    (village: Village) => {
      select(village.kode)
      cameraKey.current += 1
      setCamera({
        bbox: village.bbox,
        key: cameraKey.current,
        padding: cameraPadding(isCompact),
        maxZoom: VILLAGE_MAX_ZOOM,
      })
      setFocusRequest((count) => count + 1)
    },
    [select, isCompact],
  )

  // A row picked in the table selects it on the map too, framed there for when the reader switches back.
  const selectFromTable = useCallback(
    (kode: string) => {
      const village = level === 'desa' ? villagesByKode.get(kode) : undefined
      select(kode)
      if (!village) return
      cameraKey.current += 1
      const padding = cameraPadding(isCompact)
      setCamera({ bbox: village.bbox, key: cameraKey.current, padding, maxZoom: VILLAGE_MAX_ZOOM })
    },
    [select, level, villagesByKode, isCompact],
  )

  const selected = state.selected === null ? undefined : villagesByKode.get(state.selected)
  const getValue = (area: { kode: string }): number | null => classes.values.get(area.kode) ?? null
  const getStatusText = (area: { kode: string }): string => {
    const status = classes.statuses.get(area.kode) ?? 'tidak_ada'
    return t(STATUS_LABEL_KEYS[status === 'ada' ? 'tidak_ada' : status])
  }
  const getValueText = (area: { kode: string }): string => {
    const value = getValue(area)
    if (value === null) return getStatusText(area)
    return `${formatValue(value, language, indicator.decimals)} ${indicator.unit[language]}`
  }
  const getColor = (area: { kode: string }): string =>
    classes.statuses.get(area.kode) === 'ditahan'
      ? WITHHELD_COLOR
      : colorFor(getValue(area), classes.breaks, classes.colors)
  const describeArea = (kode: string): { kode: string; name: string; meta: string } | null => {
    const village = level === 'desa' ? villagesByKode.get(kode) : undefined
    if (village) {
      const meta = `${t(`region.${village.jenis}`)} · ${t('region.kecamatanOf', { name: village.kecamatan_nama })}`
      return { kode, name: village.nama, meta }
    }
    const kecamatan = level === 'kecamatan' ? kecamatanByKode.get(kode) : undefined
    return kecamatan ? { kode, name: kecamatan.nama, meta: t('region.kecamatan') } : null
  }
  const hovered = hover === null ? null : describeArea(hover.kode)
  const source = snapshot.manifest.sources.find((item) => item.id === indicator.source)
  const attribution = useMemo(() => buildAttribution(snapshot.manifest), [snapshot])
  const indicatorLabel = `${indicator.label[language]}${tahun === null ? '' : ` (${tahun})`}`

  return (
    <div className={`map-screen${selected ? ' map-screen--with-panel' : ''}`}>
      <div className={`map-area${explorerTab.tab === 'table' ? ' map-area--table' : ''}`}>
        <MapView
          style={style}
          level={level}
          values={classes.values}
          statuses={classes.statuses}
          selectedKode={selected ? selected.kode : null}
          initialBounds={snapshot.bbox}
          camera={camera}
          label={t('map.label', { region: regionTitle })}
          isExposed={isMapExposed}
          onHover={setHover}
          onSelect={selectFromMap}
        />
        <VillageSearch villages={snapshot.villages} onPick={pickFromSearch} />
        <ExplorerTabs tab={explorerTab.tab} onChange={explorerTab.setTab} />
        {explorerTab.tab === 'table' && (
          <div className="map-area__table">
            <Suspense fallback={null}>
              <ExplorerTable
                snapshot={snapshot}
                indicator={indicator}
                tahun={tahun}
                level={level}
                classes={classes}
                classification={classification}
                selectedKode={state.selected}
                language={language}
                onSelect={selectFromTable}
              />
            </Suspense>
          </div>
        )}
        <IndicatorPicker
          indicators={catalogue.indicators}
          selected={indicator}
          years={years}
          tahun={state.tahun}
          methods={DATA_METHODS}
          method={method}
          classes={classCount}
          sourceName={source ? getSourceShortName(source) : undefined}
          language={language}
          level={level}
          onLevel={(next) => dispatch({ type: 'set-level', level: next })}
          onIndicator={(id) => dispatch({ type: 'set-indicator', indicator: id })}
          onYear={(year) => dispatch({ type: 'set-year', tahun: year })}
          onClassification={(nextMethod, count) =>
            dispatch({ type: 'set-classification', classification: { method: nextMethod, classes: count } })
          }
        />
        {view.notices.length + explorerTab.notices.length > 0 && (
          <UrlNotice
            notices={[...view.notices, ...explorerTab.notices]}
            onDismiss={() => {
              view.dismissNotices()
              explorerTab.dismissNotices()
            }}
          />
        )}
        <div className="map-corner">
          <IndicatorLegend
            indicator={indicator}
            tahun={tahun}
            classes={classes}
            method={classification.method}
            language={language}
            level={level}
          />
          <DataAttribution
            content={attribution}
            snapshotId={snapshot.manifest.snapshot_id}
            isExpandedByDefault={!isCompact && !selected}
          />
        </div>
        {hover && hovered && !isCompact && (
          <VillageTooltip
            name={hovered.name}
            meta={hovered.meta}
            valueText={getValueText(hovered)}
            indicatorLabel={indicatorLabel}
            x={hover.x}
            y={hover.y}
            isFlippedX={hover.x > hover.width - TOOLTIP_ROOM.width}
            isFlippedY={hover.y > hover.height - TOOLTIP_ROOM.height}
          />
        )}
      </div>
      {selected && (
        <VillageDetails
          key={selected.kode}
          village={selected}
          indicator={indicator}
          tahun={tahun}
          value={getValue(selected)}
          statusText={getStatusText(selected)}
          classIndex={classIndexOf(getValue(selected), classes.breaks)}
          classColors={classes.colors}
          classRanges={classes.breaks ? getClassRanges(classes.breaks) : []}
          color={getColor(selected)}
          source={source}
          language={language}
          focusRequest={focusRequest}
          profileHref={getProfileHref(selected.kode, tahun)}
          onOpenProfile={() => openProfile(selected.kode, tahun)}
          onClose={() => select(null)}
        />
      )}
    </div>
  )
}
