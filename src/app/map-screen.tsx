import { lazy, type ReactElement, Suspense, useCallback, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { config } from '../config.ts'
import type { Village } from '../data/snapshot.ts'
import { getSourceShortName } from '../data/source-label.ts'
import { useLanguage } from '../i18n/use-language.ts'
import { buildAreaCatalogue, buildPublishedCatalogue, findIndicator } from '../indicators/catalogue.ts'
import { defaultChoroplethOptions } from '../indicators/choropleth.ts'
import { colorFor } from '../indicators/class-colors.ts'
import { classIndexOf, DATA_METHODS, getClassRanges } from '../indicators/classify.ts'
import { formatRange } from '../indicators/format.ts'
import type { LegendRowKey } from '../indicators/legend-items.ts'
import { WITHHELD_COLOR } from '../indicators/palettes.ts'
import type { BBox } from '../lib/geometry-bbox.ts'
import { getMapData } from '../map/map-data.ts'
import { type CameraRequest, type HoverInfo, MapView } from '../map/map-view.tsx'
import { buildAttribution } from '../panels/attribution/build-attribution.ts'
import { DataAttribution } from '../panels/attribution/data-attribution.tsx'
import { IndicatorPicker } from '../panels/indicator-picker/indicator-picker.tsx'
import { getLegendRowCodes } from '../panels/legend/legend-row-codes.ts'
import { ManualBreaksEditor } from '../panels/legend/manual-breaks-editor.tsx'
import { MapLegend } from '../panels/legend/map-legend.tsx'
import { VillageSearch } from '../panels/search/village-search.tsx'
import { ExplorerTabs } from '../panels/table/explorer-tabs.tsx'
import { TimelineBar } from '../panels/timeline/timeline-bar.tsx'
import { VillageTooltip } from '../panels/tooltip/village-tooltip.tsx'
import { UrlNotice } from '../panels/url-notice/url-notice.tsx'
import { VillageDetails } from '../panels/village-details/village-details.tsx'
import { formatAreaStatus, formatAreaValue } from './area-value-text.ts'
import { describeArea } from './describe-area.ts'
import { buildKecamatanBBoxes, cameraPadding } from './explorer-camera.ts'
import { buildLegendCaption, buildPanelIndicator } from './legend-caption.ts'
import { getProfileHref, openProfile } from './profile-link.ts'
import type { ScreenProps } from './screen-props.ts'
import { useCameraSync } from './use-camera-sync.ts'
import { useExplorerTab } from './use-explorer-tab.ts'
import { useMapClasses } from './use-map-classes.ts'
import { COMPACT_LAYOUT_QUERY, useMediaQuery } from './use-media-query.ts'
import { useShownView } from './use-shown-view.ts'
import { useViewState } from './use-view-state.ts'

/** The table tab (and its CSV writer) loads when first opened; the map does not need it. */
const ExplorerTable = lazy(() =>
  import('./explorer-table.tsx').then((module) => ({ default: module.ExplorerTable })),
)

// Zoom at which a searched village is shown: close enough for its name, with its neighbours around.
const VILLAGE_MAX_ZOOM = 11.5
// Room the tooltip needs right of and below the pointer before it flips (its largest size, by eye).
const TOOLTIP_ROOM = { width: 280, height: 110 }
// Tests and debugging may reach the map instance with ?e2e (see MapView `isExposed`).
const isMapExposed = config.isDev || new URLSearchParams(window.location.search).has('e2e')
// Only the split view needs the second map: loaded on demand, off the first screen.
const CompareMap = lazy(() => import('./compare-map.tsx').then((module) => ({ default: module.CompareMap })))

/** What the explorer adds to the screen props: how the rest of the indicators loads. */
export interface MapScreenProps extends ScreenProps {
  /** Called once the map's first frame with the choropleth is drawn. */
  onMapDrawn?: () => void
  /** Asks for the values of an indicator not loaded yet (the first map loads only its own). */
  requestIndicator?: (id: string) => void
}

/** The first screen: the map with search, picker, legend, attribution, tooltip and the village panel. */
export function MapScreen({
  snapshot,
  indicatorData,
  regionTitle,
  onMapDrawn,
  requestIndicator,
}: MapScreenProps): ReactElement {
  const language = useLanguage()
  const { t } = useTranslation()
  const isCompact = useMediaQuery(COMPACT_LAYOUT_QUERY)
  const catalogue = useMemo(
    () => (indicatorData ? buildPublishedCatalogue(indicatorData) : buildAreaCatalogue(snapshot.villages)),
    [indicatorData, snapshot],
  )
  const view = useViewState(catalogue)
  const { dispatch } = view
  const state = useShownView(view.state, catalogue, requestIndicator)
  const explorerTab = useExplorerTab()
  const indicator = findIndicator(catalogue, state.indicator) ?? catalogue.indicators[0]
  if (!indicator) throw new Error('The indicator catalogue is empty')
  const years = catalogue.yearsOf(indicator.id)
  const tahun = years.length > 0 ? state.tahun : null
  // The indicator's default classification and palette (one place: defaultChoroplethOptions), unless
  // the reader picked a classification.
  const options = useMemo(() => {
    const defaults = defaultChoroplethOptions(indicator)
    return state.classification ? { ...defaults, classification: state.classification } : defaults
  }, [indicator, state.classification])
  const { classification } = options
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
  const villagesByKode = useMemo(
    () => new Map(snapshot.villages.map((village) => [village.kode, village])),
    [snapshot],
  )
  const kecamatanByKode = useMemo(
    () => new Map(snapshot.kecamatan.map((kecamatan) => [kecamatan.kode, kecamatan])),
    [snapshot],
  )
  const kecamatanBBoxes = useMemo(() => buildKecamatanBBoxes(snapshot), [snapshot])
  const mapData = getMapData(snapshot)
  const maps = useMapClasses({
    catalogue,
    indicator,
    codes,
    tahun: state.tahun,
    compareTahun: state.compareTahun,
    compareMode: state.compareMode,
    options,
    level,
  })
  const { classes } = maps
  const isSplit = maps.mode === 'split'
  const cameras = useCameraSync(isSplit, dispatch)
  const isReducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)')
  // The highlighted legend row belongs to the classes it was picked on; new classes clear it.
  const [highlight, setHighlight] = useState<{ key: LegendRowKey; classes: typeof classes } | null>(null)
  const highlightedKey = highlight?.classes === classes ? highlight.key : null
  const highlighted = useMemo(
    () => (highlightedKey === null ? null : getLegendRowCodes(classes, highlightedKey)),
    [classes, highlightedKey],
  )

  const cameraKey = useRef(0)
  const [camera, setCamera] = useState<CameraRequest | null>(() => {
    const village = state.selected === null ? undefined : villagesByKode.get(state.selected)
    // A camera from the link wins over framing the selected village.
    return village && state.camera === null
      ? { bbox: village.bbox, key: 0, padding: cameraPadding(isCompact), maxZoom: VILLAGE_MAX_ZOOM }
      : null
  })
  const [hover, setHover] = useState<(HoverInfo & { isCompare: boolean }) | null>(null)
  const mainPaneRef = useRef<HTMLDivElement>(null)
  const onMainHover = useCallback((info: HoverInfo | null) => {
    // In the split view the main map is the right pane: the tooltip is placed in the whole map area.
    const offset = mainPaneRef.current?.offsetLeft ?? 0
    setHover(info && { ...info, x: info.x + offset, width: info.width + offset, isCompare: false })
  }, [])
  const onCompareHover = useCallback(
    (info: HoverInfo | null) => setHover(info && { ...info, isCompare: true }),
    [],
  )
  const [focusRequest, setFocusRequest] = useState(0)

  const select = useCallback((kode: string | null) => dispatch({ type: 'select', code: kode }), [dispatch])
  /** Moves the camera to a box, clear of the panels; a new key repeats the move for the same box. */
  const frame = useCallback(
    (bbox: BBox) => {
      cameraKey.current += 1
      setCamera({
        bbox,
        key: cameraKey.current,
        padding: cameraPadding(isCompact),
        maxZoom: VILLAGE_MAX_ZOOM,
      })
    },
    [isCompact],
  )
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
      frame(bbox)
    },
    [select, dispatch, level, kecamatanBBoxes, frame],
  )
  const pickFromSearch = useCallback(
    (village: Village) => {
      select(village.kode)
      frame(village.bbox)
      setFocusRequest((count) => count + 1)
    },
    [select, frame],
  )

  // A row picked in the table selects it on the map too, framed there for when the reader switches back.
  const selectFromTable = useCallback(
    (kode: string) => {
      const village = level === 'desa' ? villagesByKode.get(kode) : undefined
      select(kode)
      if (village) frame(village.bbox)
    },
    [select, level, villagesByKode, frame],
  )

  const onYear = useCallback((year: number) => dispatch({ type: 'set-year', tahun: year }), [dispatch])
  const selected = state.selected === null ? undefined : villagesByKode.get(state.selected)
  const getValue = (area: { kode: string }): number | null => classes.values.get(area.kode) ?? null
  const hoverClasses = hover?.isCompare && maps.compareClasses ? maps.compareClasses : classes
  const getStatusText = (area: { kode: string }): string => formatAreaStatus(classes, area.kode, t)
  const getValueText = (area: { kode: string }): string =>
    formatAreaValue(hoverClasses, area.kode, indicator, maps, language, t)
  const getColor = (area: { kode: string }): string =>
    classes.statuses.get(area.kode) === 'ditahan'
      ? WITHHELD_COLOR
      : colorFor(getValue(area), classes.breaks, classes.colors)
  const hovered = hover === null ? null : describeArea(hover.kode, level, villagesByKode, kecamatanByKode, t)
  const source = snapshot.manifest.sources.find((item) => item.id === indicator.source)
  const attribution = useMemo(() => buildAttribution(snapshot.manifest), [snapshot])
  const caption = buildLegendCaption(maps, indicator, language, state.tahun, t)
  const hoverYear = hover?.isCompare ? state.compareTahun : tahun
  const indicatorLabel =
    maps.mode === 'change' && caption.title
      ? `${caption.title} (${maps.period?.from} → ${maps.period?.to})`
      : `${indicator.label[language]}${hoverYear === null ? '' : ` (${hoverYear})`}`

  return (
    <div className={`map-screen${selected ? ' map-screen--with-panel' : ''}`}>
      <div className={`map-area${explorerTab.tab === 'table' ? ' map-area--table' : ''}`}>
        <div className={`map-panes${isSplit ? ' map-panes--split' : ''}`}>
          <div ref={mainPaneRef} className="map-pane">
            <MapView
              data={mapData}
              layers={maps.main.layers}
              level={level}
              areaStates={maps.main.areaStates}
              selectedKode={selected ? selected.kode : null}
              initialBounds={snapshot.bbox}
              initialCamera={state.camera}
              camera={camera}
              syncedCamera={isSplit ? cameras.mainSynced : null}
              highlighted={highlighted}
              label={t('map.label', { region: regionTitle })}
              isExposed={isMapExposed}
              onReady={onMapDrawn}
              onHover={onMainHover}
              onSelect={selectFromMap}
              onCameraChange={cameras.onMainCamera}
              onUserMove={cameras.onMainUserMove}
            />
            {isSplit && <p className="map-pane__year">{state.tahun}</p>}
          </div>
          {isSplit && maps.compare && state.compareTahun !== null && (
            <Suspense
              fallback={<p className="map-pane map-pane--loading">{t('explorer-tools.split.loading')}</p>}
            >
              <CompareMap
                data={mapData}
                map={maps.compare}
                tahun={state.compareTahun}
                level={level}
                selectedKode={selected ? selected.kode : null}
                initialBounds={snapshot.bbox}
                initialCamera={cameras.mainCamera()}
                syncedCamera={cameras.compareSynced}
                camera={camera}
                highlighted={highlighted}
                isExposed={isMapExposed}
                onUserMove={cameras.onCompareMove}
                onCameraChange={cameras.onCompareMove}
                onHover={onCompareHover}
                onSelect={selectFromMap}
              />
            </Suspense>
          )}
        </div>
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
          level={level}
          onLevel={(next) => dispatch({ type: 'set-level', level: next })}
          onIndicator={(id) => dispatch({ type: 'set-indicator', indicator: id })}
          onYear={onYear}
          onClassification={(nextMethod, count) =>
            dispatch({ type: 'set-classification', classification: { method: nextMethod, classes: count } })
          }
        />
        {years.length > 1 && (
          <TimelineBar
            years={years}
            tahun={state.tahun}
            compareTahun={maps.period === null ? null : state.compareTahun}
            compareMode={state.compareMode}
            isReducedMotion={isReducedMotion}
            onYear={onYear}
            onCompareYear={(year) => dispatch({ type: 'set-compare-year', compareTahun: year })}
            onCompareMode={(mode) => dispatch({ type: 'set-compare-mode', compareMode: mode })}
          />
        )}
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
          <MapLegend
            title={caption.title ?? indicator.label[language]}
            detail={caption.detail ?? `(${indicator.unit[language]})${tahun === null ? '' : ` · ${tahun}`}`}
            note={
              caption.note ??
              t(`legend.method.${classification.method}`, { areas: t(`explorer-tools.areas.${level}`) })
            }
            items={maps.main.legend}
            formatRange={([lower, upper]) => formatRange(lower, upper, language, indicator.decimals)}
            formatCount={(count) =>
              t(level === 'kecamatan' ? 'legend.kecamatanCount' : 'legend.villageCount', { count })
            }
            histogram={{ values: classes.values.values(), breaks: classes.breaks, colors: classes.colors }}
            highlightedKey={highlightedKey}
            highlightedCount={highlighted?.size ?? 0}
            onHighlight={(key) => setHighlight(key === null ? null : { key, classes })}
          >
            <ManualBreaksEditor
              key={classes.breaks?.thresholds.join('_') ?? ''}
              thresholds={classes.breaks?.thresholds ?? []}
              decimals={indicator.decimals}
              // "Back to automatic" only undoes breaks the reader set: a definition's own manual
              // default (IDM status, one class per status) is where "automatic" leads.
              isManual={state.classification?.method === 'manual'}
              onApply={(breaks) =>
                dispatch({
                  type: 'set-classification',
                  classification: breaks === null ? null : { method: 'manual', breaks },
                })
              }
            />
          </MapLegend>
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
          indicator={buildPanelIndicator(indicator, caption, maps, t)}
          tahun={maps.mode === 'change' ? null : tahun}
          value={getValue(selected)}
          statusText={getStatusText(selected)}
          classIndex={classIndexOf(getValue(selected), classes.breaks)}
          classColors={classes.colors}
          classRanges={classes.breaks ? getClassRanges(classes.breaks) : []}
          color={getColor(selected)}
          source={source}
          focusRequest={focusRequest}
          profileHref={getProfileHref(selected.kode, tahun)}
          onOpenProfile={() => openProfile(selected.kode, tahun)}
          onClose={() => select(null)}
        />
      )}
    </div>
  )
}
