import { type ReactElement, useCallback, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { config } from '../config.ts'
import type { Snapshot, Village } from '../data/snapshot.ts'
import { colorFor } from '../indicators/class-colors.ts'
import { classIndexOf, getClassRanges } from '../indicators/classify.ts'
import { deriveIndicatorClasses } from '../indicators/derive-classes.ts'
import { formatValue } from '../indicators/format.ts'
import { NO_DATA_COLOR } from '../indicators/palettes.ts'
import { DEFAULT_INDICATOR_ID, getIndicator } from '../indicators/registry.ts'
import type { Language } from '../lib/language.ts'
import { buildMapStyle, type MapData } from '../map/basemap.ts'
import { buildLabelPoints } from '../map/label-points.ts'
import { MAP_FONT_FACES } from '../map/map-fonts.ts'
import { type CameraPadding, type CameraRequest, type HoverInfo, MapView } from '../map/map-view.tsx'
import { buildAttribution } from '../panels/attribution/build-attribution.ts'
import { DataAttribution } from '../panels/attribution/data-attribution.tsx'
import { IndicatorLegend } from '../panels/legend/indicator-legend.tsx'
import { VillageSearch } from '../panels/search/village-search.tsx'
import { VillageTooltip } from '../panels/tooltip/village-tooltip.tsx'
import { VillageDetails } from '../panels/village-details/village-details.tsx'
import { readInitialUrlState, replaceUrlState } from './url-sync.ts'
import { COMPACT_LAYOUT_QUERY, useMediaQuery } from './use-media-query.ts'

// Zoom at which a searched village is shown: close enough for its name, with its neighbours around.
const VILLAGE_MAX_ZOOM = 11.5
// Room the tooltip needs right of and below the pointer before it flips (its largest size, by eye).
const TOOLTIP_ROOM = { width: 280, height: 110 }
// Tests and debugging may reach the map instance with ?e2e (see MapView `isExposed`).
const isMapExposed = config.isDev || new URLSearchParams(window.location.search).has('e2e')

function cameraPadding(isCompact: boolean): CameraPadding {
  // Compact: keep clear of the search bar on top and the bottom sheet (at most 55% of the height).
  if (isCompact) return { top: 72, right: 24, bottom: Math.round(window.innerHeight * 0.5), left: 24 }
  return { top: 72, right: 48, bottom: 48, left: 48 }
}

/** The first screen: the map with search, legend, attribution, tooltip and the village panel. */
export function MapScreen({
  snapshot,
  regionTitle,
  language,
}: {
  snapshot: Snapshot
  regionTitle: string
  language: Language
}): ReactElement {
  const { t } = useTranslation()
  const isCompact = useMediaQuery(COMPACT_LAYOUT_QUERY)
  const indicator = getIndicator(DEFAULT_INDICATOR_ID)
  const classes = useMemo(() => deriveIndicatorClasses(indicator, snapshot.villages), [indicator, snapshot])
  const villagesByKode = useMemo(
    () => new Map(snapshot.villages.map((village) => [village.kode, village])),
    [snapshot],
  )
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
        },
        fontFaces: MAP_FONT_FACES,
      }),
    [mapData, classes],
  )

  const cameraKey = useRef(0)
  const [initial] = useState(() => {
    const kode = readInitialUrlState().desa
    const village = kode === null ? undefined : villagesByKode.get(kode)
    return village ?? null
  })
  const [selectedKode, setSelectedKode] = useState<string | null>(initial?.kode ?? null)
  const [camera, setCamera] = useState<CameraRequest | null>(() =>
    initial
      ? { bbox: initial.bbox, key: 0, padding: cameraPadding(isCompact), maxZoom: VILLAGE_MAX_ZOOM }
      : null,
  )
  const [hover, setHover] = useState<HoverInfo | null>(null)
  const [focusRequest, setFocusRequest] = useState(0)

  const select = useCallback((kode: string | null) => {
    setSelectedKode(kode)
    replaceUrlState({ desa: kode })
  }, [])
  // Keyboard focus moves to the panel only when the village came from search; a click on the map
  // leaves focus where the pointer user has it.
  const selectFromMap = useCallback(
    (kode: string | null) => {
      setFocusRequest(0)
      select(kode)
    },
    [select],
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

  const selected = selectedKode === null ? undefined : villagesByKode.get(selectedKode)
  const hovered = hover === null ? undefined : villagesByKode.get(hover.kode)
  const getValue = (village: Village): number | null => classes.values.get(village.kode) ?? null
  const source = snapshot.manifest.sources.find((item) => item.id === indicator.source)
  const attribution = useMemo(() => buildAttribution(snapshot.manifest), [snapshot])

  return (
    <div className={`map-screen${selected ? ' map-screen--with-panel' : ''}`}>
      <div className="map-area">
        <MapView
          style={style}
          values={classes.values}
          selectedKode={selectedKode}
          initialBounds={snapshot.bbox}
          camera={camera}
          label={t('map.label', { region: regionTitle })}
          isExposed={isMapExposed}
          onHover={setHover}
          onSelect={selectFromMap}
        />
        <VillageSearch villages={snapshot.villages} onPick={pickFromSearch} />
        <div className="map-corner">
          <IndicatorLegend indicator={indicator} classes={classes} language={language} />
          <DataAttribution
            content={attribution}
            snapshotId={snapshot.manifest.snapshot_id}
            isExpandedByDefault={!isCompact && !selected}
          />
        </div>
        {hover && hovered && !isCompact && (
          <VillageTooltip
            village={hovered}
            valueText={`${formatValue(getValue(hovered), language, indicator.decimals)} ${indicator.unit[language]}`}
            indicatorLabel={indicator.label[language]}
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
          value={getValue(selected)}
          classIndex={classIndexOf(getValue(selected), classes.breaks)}
          classColors={classes.colors}
          classRanges={classes.breaks ? getClassRanges(classes.breaks) : []}
          color={colorFor(getValue(selected), classes.breaks, classes.colors)}
          source={source}
          language={language}
          focusRequest={focusRequest}
          onClose={() => select(null)}
        />
      )}
    </div>
  )
}
