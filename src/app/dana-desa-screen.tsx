import { type ReactElement, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { buildChangeClasses } from '../dana-desa/change-classes.ts'
import { readFormulaYear } from '../dana-desa/formula-inputs.ts'
import { fitNeed, type NeedPoint } from '../dana-desa/need-fit.ts'
import { simulate } from '../dana-desa/simulate.ts'
import { settingsProblems, toParameters } from '../dana-desa/simulator-settings.ts'
import { MAP_METRICS, type MapMetric } from '../dana-desa/simulator-url.ts'
import type { IndicatorData } from '../data/indicators.ts'
import type { Snapshot } from '../data/snapshot.ts'
import { defaultChoroplethOptions, deriveChoropleth } from '../indicators/choropleth.ts'
import { formatRupiah, formatSignedPercent, formatValue } from '../indicators/format.ts'
import type { Language } from '../lib/language.ts'
import { getMapData } from '../map/map-data.ts'
import { type CameraRequest, type HoverInfo, MapView } from '../map/map-view.tsx'
import {
  buildChangeChoropleth,
  DANA_DESA_LEGEND_COLORS,
  formatChangeRange,
  formatFigureRange,
} from '../panels/dana-desa/legend-ranges.ts'
import { NeedScatter } from '../panels/dana-desa/need-scatter.tsx'
import { VillageBreakdown } from '../panels/dana-desa/village-breakdown.tsx'
import { MapLegend } from '../panels/legend/map-legend.tsx'
import { UrlNotice } from '../panels/url-notice/url-notice.tsx'
import '../panels/dana-desa/dana-desa.css'
import { config } from '../config.ts'
import { useLanguage } from '../i18n/use-language.ts'
import { YearSelect } from '../ui/year-select.tsx'
import { SimulatorSection } from './dana-desa-simulator-section.tsx'
import type { ScreenProps } from './screen-props.ts'
import { useChoropleth } from './use-choropleth.ts'
import { useDanaDesaView } from './use-dana-desa-view.ts'

/** A metric whose definition is not published: money, neither better nor worse. */
const FALLBACK_MEANING = { direction: 'neutral', kind: 'rupiah' } as const
const isMapExposed = config.isDev || new URLSearchParams(window.location.search).has('e2e')
// Zoom for a village picked from the scatter or the table: its neighbours stay in view (as the explorer).
const VILLAGE_MAX_ZOOM = 10.5
const CAMERA_PADDING = { top: 48, right: 48, bottom: 48, left: 48 }

/**
 * The Dana Desa screen: a map of the allocation (or per capita, per poor household, BLT-DD against the
 * cap, realisation, or the simulated change), the breakdown of the selected desa, need against money, and
 * the formula simulator. Its state is in the URL, so a link reproduces a simulation.
 */
export function DanaDesaScreen({ snapshot, indicatorData, regionTitle }: ScreenProps): ReactElement {
  const { t } = useTranslation()
  const years = useMemo(() => indicatorData?.index.yearsOf('dana_desa') ?? [], [indicatorData])
  if (!indicatorData || years.length === 0) {
    return (
      <div className="dd-screen">
        <p className="dd-card">{t('dana-desa.noData')}</p>
      </div>
    )
  }
  return (
    <DanaDesaContent
      snapshot={snapshot}
      indicatorData={indicatorData}
      years={years}
      regionTitle={regionTitle}
    />
  )
}

function DanaDesaContent({
  snapshot,
  indicatorData,
  years,
  regionTitle,
}: {
  snapshot: Snapshot
  indicatorData: IndicatorData
  years: readonly number[]
  regionTitle: string
}): ReactElement {
  const language = useLanguage()
  const { t } = useTranslation()
  const { index } = indicatorData
  const { state, dispatch, rejected, dismissRejected } = useDanaDesaView(years)
  const tahun = state.tahun ?? years.at(-1) ?? 0
  const [hover, setHover] = useState<HoverInfo | null>(null)
  const definitions = useMemo(
    () => new Map(indicatorData.file.indicators.map((definition) => [definition.id, definition])),
    [indicatorData],
  )
  const villagesByKode = useMemo(
    () => new Map(snapshot.villages.map((village) => [village.kode, village])),
    [snapshot],
  )
  const names = useMemo(
    () =>
      new Map(
        snapshot.villages.map((village) => [
          village.kode,
          { nama: village.nama, kecamatan: village.kecamatan_nama },
        ]),
      ),
    [snapshot],
  )
  const shortNames = useMemo(() => new Map([...names].map(([kode, name]) => [kode, name.nama])), [names])

  const year = useMemo(() => readFormulaYear(index, snapshot.villages, tahun), [index, snapshot, tahun])
  const problems = settingsProblems(state.settings)
  const outcome = useMemo(
    () => (problems.length > 0 ? null : simulate(year, toParameters(state.settings))),
    [year, state.settings, problems.length],
  )
  const simulation = outcome?.simulation ?? null

  // The change map on its fixed classes (largest gain first in the legend), else the published figure.
  const choropleth = useMemo(() => {
    if (state.peta === 'perubahan') {
      return buildChangeChoropleth(buildChangeClasses(simulation, snapshot.villages))
    }
    const meaning = definitions.get(state.peta) ?? FALLBACK_MEANING
    return deriveChoropleth({
      codes: snapshot.villages.map((village) => village.kode),
      getValue: (kode) => index.value(kode, tahun, state.peta),
      options: defaultChoroplethOptions(meaning),
      direction: meaning.direction,
      legendColors: DANA_DESA_LEGEND_COLORS,
    })
  }, [state.peta, simulation, snapshot, definitions, index, tahun])
  const map = useChoropleth(choropleth, 'desa')
  const legendKind = state.peta === 'perubahan' ? 'change' : 'classes'
  const mapData = getMapData(snapshot)
  const metricLabel = (metric: MapMetric): string =>
    metric === 'perubahan'
      ? t('dana-desa.map.perubahan')
      : (definitions.get(metric)?.label[language] ?? metric)
  const isRupiah = definitions.get(state.peta)?.kind === 'rupiah'
  const formatLegendRange = (range: readonly [number, number]): string =>
    legendKind === 'change'
      ? formatChangeRange(range, language, t('dana-desa.map.same'))
      : formatFigureRange(range, isRupiah, language)

  const selected = state.desa === null ? undefined : villagesByKode.get(state.desa)
  const areaKode = selected?.kode ?? snapshot.region.kode
  const figure = (indikator: string): number | null => {
    const entry = index.value(areaKode, tahun, indikator)
    return entry?.status === 'ada' ? entry.nilai : null
  }
  const kabupatenFigure = (indikator: string): number | null => {
    const entry = index.value(snapshot.region.kode, tahun, indikator)
    return entry?.status === 'ada' ? entry.nilai : null
  }
  // The cap itself is SQL's (dana_desa_ketentuan); its value follows from the two published kabupaten shares.
  const share = kabupatenFigure('persen_blt_dd')
  const againstCap = kabupatenFigure('persen_blt_dd_terhadap_batas')
  const capPercent =
    share !== null && againstCap !== null && againstCap > 0 ? (100 * share) / againstCap : null

  const need = useMemo(() => {
    const points: NeedPoint[] = []
    let desaCount = 0
    for (const village of snapshot.villages) {
      if (village.jenis !== 'desa') continue
      desaCount += 1
      const poor = index.value(village.kode, tahun, 'kk_miskin')
      const perPoor = index.value(village.kode, tahun, 'dana_desa_per_kk_miskin')
      if (
        poor?.status === 'ada' &&
        perPoor?.status === 'ada' &&
        poor.nilai !== null &&
        perPoor.nilai !== null
      ) {
        points.push({ kode: village.kode, poorHouseholds: poor.nilai, perPoorHousehold: perPoor.nilai })
      }
    }
    const fit = fitNeed(points)
    return { fit, excluded: desaCount - (fit?.points.length ?? 0) }
  }, [snapshot, index, tahun])

  const select = (kode: string | null): void => dispatch({ type: 'select', kode })
  // A village picked outside the map (scatter, outlier list, table) is also brought into view.
  const cameraKey = useRef(0)
  // A link with a selected desa opens framed on it.
  const [camera, setCamera] = useState<CameraRequest | null>(() => {
    const village = state.desa === null ? undefined : villagesByKode.get(state.desa)
    return village ? { bbox: village.bbox, key: 0, padding: CAMERA_PADDING, maxZoom: VILLAGE_MAX_ZOOM } : null
  })
  const selectAndShow = (kode: string): void => {
    select(kode)
    const village = villagesByKode.get(kode)
    if (!village) return
    cameraKey.current += 1
    setCamera({
      bbox: village.bbox,
      key: cameraKey.current,
      padding: CAMERA_PADDING,
      maxZoom: VILLAGE_MAX_ZOOM,
    })
  }
  const hovered = hover ? villagesByKode.get(hover.kode) : undefined
  const hoverText = (): string => {
    if (!hovered) return ''
    if (hovered.jenis === 'kelurahan') return t('dana-desa.notEligibleShort')
    const value = map.classes.values.get(hovered.kode) ?? null
    return value === null ? t('legend.noData') : formatMapValue(state.peta, value, language, isRupiah)
  }

  return (
    <div className="dd-screen" data-testid="dana-desa-screen">
      <header className="dd-intro">
        <div>
          <h2 className="dd-intro__title">{t('dana-desa.title', { region: regionTitle })}</h2>
          <p className="dd-intro__lead">{t('dana-desa.lead')}</p>
        </div>
        <div className="dd-intro__controls">
          <YearSelect
            className="dd-select"
            label={t('dana-desa.year')}
            years={years}
            value={tahun}
            onChange={(chosen) => dispatch({ type: 'set-year', tahun: chosen })}
          />
          <label className="dd-select">
            <span>{t('dana-desa.map.label')}</span>
            <select
              value={state.peta}
              data-testid="dd-map-metric"
              onChange={(event) => dispatch({ type: 'set-map', peta: event.target.value as MapMetric })}
            >
              {MAP_METRICS.map((metric) => (
                <option key={metric} value={metric}>
                  {metricLabel(metric)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <div className="dd-top">
        <section className="dd-card dd-map-card" aria-label={metricLabel(state.peta)}>
          <div className="dd-map">
            <MapView
              data={mapData}
              layers={map.layers}
              level="desa"
              areaStates={map.areaStates}
              selectedKode={selected?.kode ?? null}
              initialBounds={snapshot.bbox}
              camera={camera}
              label={t('dana-desa.map.aria', { metric: metricLabel(state.peta), region: regionTitle })}
              isExposed={isMapExposed}
              onHover={setHover}
              onSelect={select}
            />
            {rejected.length > 0 && <UrlNotice notices={rejected} onDismiss={dismissRejected} />}
            {hovered && (
              <div className="dd-hover" role="status">
                <strong>{hovered.nama}</strong> · {hoverText()}
              </div>
            )}
            <div className="dd-map__legend" data-testid={`dd-legend-${legendKind}`}>
              <MapLegend
                title={metricLabel(state.peta)}
                detail={`(${tahun})`}
                items={map.legend}
                formatRange={formatLegendRange}
                formatCount={(count) => t('legend.villageCount', { count })}
                labelOf={(item) =>
                  item.key === 'not-applicable' ? t('dana-desa.notEligibleShort') : undefined
                }
              />
            </div>
          </div>
        </section>
        <VillageBreakdown
          title={selected ? selected.nama : regionTitle}
          subtitle={
            selected
              ? `${t(`region.${selected.jenis}`)} · ${t('region.kecamatanOf', { name: selected.kecamatan_nama })} · ${tahun}`
              : t('dana-desa.breakdown.kabupatenSubtitle', { tahun })
          }
          isKelurahan={selected?.jenis === 'kelurahan'}
          figure={figure}
          capPercent={capPercent}
          simulated={simulation?.villages.find((village) => village.kode === selected?.kode)}
          onClose={selected ? () => select(null) : null}
        />
      </div>
      <section className="dd-card" aria-labelledby="dd-need-title">
        <h2 id="dd-need-title" className="dd-card__title">
          {t('dana-desa.scatter.title', { tahun })}
        </h2>
        <p className="dd-muted">{t('dana-desa.scatter.lead')}</p>
        <NeedScatter
          fit={need.fit}
          names={shortNames}
          selected={selected?.kode ?? null}
          excluded={need.excluded}
          onSelect={selectAndShow}
        />
      </section>
      <SimulatorSection
        year={year}
        settings={state.settings}
        problems={problems}
        simulation={simulation}
        error={outcome?.error ?? null}
        names={names}
        selected={selected?.kode ?? null}
        snapshotId={snapshot.manifest.snapshot_id}
        dispatch={dispatch}
        onSelect={selectAndShow}
      />
    </div>
  )
}

/** One value as the hover line shows it: rupiah compact, a percentage, or a signed change. */
function formatMapValue(metric: MapMetric, value: number, language: Language, isRupiah: boolean): string {
  if (metric === 'perubahan') return formatSignedPercent(value, language, 2)
  return isRupiah
    ? formatRupiah(value, language, { isCompact: true })
    : `${formatValue(value, language, 1)} %`
}
