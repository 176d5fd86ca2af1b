import { type ReactElement, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { readFormulaYear } from '../dana-desa/formula-inputs.ts'
import { simulate } from '../dana-desa/simulate.ts'
import { settingsProblems, toParameters } from '../dana-desa/simulator-settings.ts'
import { MAP_METRICS } from '../dana-desa/simulator-url.ts'
import type { IndicatorData } from '../data/indicators.ts'
import type { Snapshot } from '../data/snapshot.ts'
import type { CameraPadding, HoverInfo } from '../map/map-view.tsx'
import { NeedScatter } from '../panels/dana-desa/need-scatter.tsx'
import { VillageBreakdown } from '../panels/dana-desa/village-breakdown.tsx'
import { MapLegend } from '../panels/legend/map-legend.tsx'
import { UrlNotice } from '../panels/url-notice/url-notice.tsx'
import '../ui/title-row.css'
import '../panels/dana-desa/dana-desa.css'
import { LabeledSelect } from '../ui/labeled-select.tsx'
import { YearSelect } from '../ui/year-select.tsx'
import { SimulatorSection } from './dana-desa-simulator-section.tsx'
import type { ScreenProps } from './screen-props.ts'
import { SnapshotMap } from './snapshot-map.tsx'
import { useCameraRequest } from './use-camera-request.ts'
import { useDanaDesaMap } from './use-dana-desa-map.ts'
import { useDanaDesaView } from './use-dana-desa-view.ts'
import { useNeedFit } from './use-need-fit.ts'

// Zoom for a village picked from the scatter or the table: its neighbours stay in view (as the explorer).
const VILLAGE_MAX_ZOOM = 10.5
const CAMERA_PADDING = { top: 48, right: 48, bottom: 48, left: 48 }
const cameraPadding = (): CameraPadding => CAMERA_PADDING

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
  const { t } = useTranslation()
  const { index } = indicatorData
  const { state, dispatch, rejected, dismissRejected } = useDanaDesaView(years)
  const tahun = state.tahun ?? years.at(-1) ?? 0
  const [hover, setHover] = useState<HoverInfo | null>(null)
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

  const { map, legendKind, metricLabel, formatLegendRange, formatHoverValue } = useDanaDesaMap({
    snapshot,
    indicatorData,
    metric: state.peta,
    tahun,
    simulation,
  })

  const selected = state.desa === null ? undefined : villagesByKode.get(state.desa)
  const areaKode = selected?.kode ?? snapshot.region.kode
  // A published figure of an area for the year; withheld or missing reads as null.
  const figureOf = (kode: string, indikator: string): number | null => {
    const entry = index.value(kode, tahun, indikator)
    return entry?.status === 'ada' ? entry.nilai : null
  }
  const figure = (indikator: string): number | null => figureOf(areaKode, indikator)
  const kabupatenFigure = (indikator: string): number | null => figureOf(snapshot.region.kode, indikator)
  // The cap itself is SQL's (dana_desa_ketentuan); its value follows from the two published kabupaten shares.
  const share = kabupatenFigure('persen_blt_dd')
  const againstCap = kabupatenFigure('persen_blt_dd_terhadap_batas')
  const capPercent =
    share !== null && againstCap !== null && againstCap > 0 ? (100 * share) / againstCap : null

  const need = useNeedFit(snapshot, index, tahun)

  const select = (kode: string | null): void => dispatch({ type: 'select', kode })
  // A link with a selected desa opens framed on it; a village picked outside the map (scatter, outlier
  // list, table) is also brought into view.
  const { camera, frame } = useCameraRequest({
    initialBBox: () => (state.desa === null ? undefined : villagesByKode.get(state.desa)?.bbox),
    padding: cameraPadding,
    maxZoom: VILLAGE_MAX_ZOOM,
  })
  const selectAndShow = (kode: string): void => {
    select(kode)
    const village = villagesByKode.get(kode)
    if (village) frame(village.bbox)
  }
  const hovered = hover ? villagesByKode.get(hover.kode) : undefined
  const hoverText = (): string => {
    if (!hovered) return ''
    if (hovered.jenis === 'kelurahan') return t('dana-desa.notEligibleShort')
    const value = map.classes.values.get(hovered.kode) ?? null
    return value === null ? t('legend.noData') : formatHoverValue(value)
  }

  return (
    <div className="dd-screen" data-testid="dana-desa-screen">
      <header className="title-row dd-intro">
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
          <LabeledSelect
            className="dd-select"
            label={t('dana-desa.map.label')}
            options={MAP_METRICS.map((metric) => ({ value: metric, label: metricLabel(metric) }))}
            value={state.peta}
            testId="dd-map-metric"
            onChange={(peta) => dispatch({ type: 'set-map', peta })}
          />
        </div>
      </header>
      <div className="dd-top">
        <section className="dd-card dd-map-card" aria-label={metricLabel(state.peta)}>
          <div className="dd-map">
            <SnapshotMap
              snapshot={snapshot}
              map={map}
              level="desa"
              selectedKode={selected?.kode ?? null}
              camera={camera}
              label={t('dana-desa.map.aria', { metric: metricLabel(state.peta), region: regionTitle })}
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
