import { lazy, type ReactElement, Suspense, useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { getSourceShortName } from '../data/source-label.ts'
import { useLanguage } from '../i18n/use-language.ts'
import { buildAreaCatalogue, buildPublishedCatalogue, findIndicator } from '../indicators/catalogue.ts'
import { defaultChoroplethOptions } from '../indicators/choropleth.ts'
import { colorFor } from '../indicators/class-colors.ts'
import { classIndexOf, DATA_METHODS, getClassRanges } from '../indicators/classify.ts'
import { WITHHELD_COLOR } from '../indicators/palettes.ts'
import { buildAttribution } from '../panels/attribution/build-attribution.ts'
import { DataAttribution } from '../panels/attribution/data-attribution.tsx'
import { IndicatorPicker } from '../panels/indicator-picker/indicator-picker.tsx'
import { VillageSearch } from '../panels/search/village-search.tsx'
import { ExplorerTabs } from '../panels/table/explorer-tabs.tsx'
import { TimelineBar } from '../panels/timeline/timeline-bar.tsx'
import { VillageTooltip } from '../panels/tooltip/village-tooltip.tsx'
import { UrlNotice } from '../panels/url-notice/url-notice.tsx'
import { VillageDetails } from '../panels/village-details/village-details.tsx'
import { formatAreaStatus, formatAreaValue } from './area-value-text.ts'
import { describeArea } from './describe-area.ts'
import { ExplorerLegend } from './explorer-legend.tsx'
import { ExplorerMaps } from './explorer-maps.tsx'
import { buildLegendCaption, buildPanelIndicator } from './legend-caption.ts'
import { getProfileHref, openProfile } from './profile-link.ts'
import type { ScreenProps } from './screen-props.ts'
import { useCameraSync } from './use-camera-sync.ts'
import { useExplorerHover } from './use-explorer-hover.ts'
import { useExplorerSelection } from './use-explorer-selection.ts'
import { useExplorerTab } from './use-explorer-tab.ts'
import { useLegendHighlight } from './use-legend-highlight.ts'
import { useMapClasses } from './use-map-classes.ts'
import { COMPACT_LAYOUT_QUERY, useMediaQuery } from './use-media-query.ts'
import { useShownView } from './use-shown-view.ts'
import { useViewState } from './use-view-state.ts'

/** The table tab (and its CSV writer) loads when first opened; the map does not need it. */
const ExplorerTable = lazy(() =>
  import('./explorer-table.tsx').then((module) => ({ default: module.ExplorerTable })),
)

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
  const { method } = classification
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
  const shown = useMemo(
    () => ({ indicator, tahun, level, classification, classes }),
    [indicator, tahun, level, classification, classes],
  )
  const cameras = useCameraSync(maps.mode === 'split', dispatch)
  const isReducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)')
  const { highlightedKey, highlighted, setHighlightedKey } = useLegendHighlight(classes)
  const { hover, mainPaneRef, onMainHover, onCompareHover } = useExplorerHover()
  const { camera, focusRequest, select, selectFromMap, pickFromSearch, selectFromTable } =
    useExplorerSelection({
      snapshot,
      villagesByKode,
      level,
      selected: state.selected,
      linkCamera: state.camera,
      isCompact,
      dispatch,
    })

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
        <ExplorerMaps
          snapshot={snapshot}
          maps={maps}
          level={level}
          tahun={state.tahun}
          compareTahun={state.compareTahun}
          selectedKode={selected ? selected.kode : null}
          linkCamera={state.camera}
          camera={camera}
          cameras={cameras}
          highlighted={highlighted}
          label={t('map.label', { region: regionTitle })}
          mainPaneRef={mainPaneRef}
          onMapDrawn={onMapDrawn}
          onMainHover={onMainHover}
          onCompareHover={onCompareHover}
          onSelect={selectFromMap}
        />
        <VillageSearch villages={snapshot.villages} onPick={pickFromSearch} />
        <ExplorerTabs tab={explorerTab.tab} onChange={explorerTab.setTab} />
        {explorerTab.tab === 'table' && (
          <div className="map-area__table">
            <Suspense fallback={null}>
              <ExplorerTable
                snapshot={snapshot}
                shown={shown}
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
          <ExplorerLegend
            shown={shown}
            caption={caption}
            items={maps.main.legend}
            highlightedKey={highlightedKey}
            highlightedCount={highlighted?.size ?? 0}
            onHighlight={setHighlightedKey}
            isReaderManual={state.classification?.method === 'manual'}
            onBreaks={(breaks) =>
              dispatch({
                type: 'set-classification',
                classification: breaks === null ? null : { method: 'manual', breaks },
              })
            }
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
            pointer={hover}
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
