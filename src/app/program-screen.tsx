import { type ReactElement, useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { config } from '../config.ts'
import { fetchProgramData, type Program, type ProgramCode, type ProgramData } from '../data/programs.ts'
import { buildChoropleth, defaultChoroplethOptions, deriveChoropleth } from '../indicators/choropleth.ts'
import { formatRange, formatValue } from '../indicators/format.ts'
import type { LegendItem } from '../indicators/legend-items.ts'
import { deriveValueClasses } from '../indicators/value-classes.ts'
import { getMapData } from '../map/map-data.ts'
import { MapView } from '../map/map-view.tsx'
import { MapLegend } from '../panels/legend/map-legend.tsx'
import { buildUpset, villagesWithCombination } from '../panels/program-overlap/build-upset.ts'
import { programIndicatorId, summariseProgram } from '../panels/program-overlap/program-summary.ts'
import { UpsetChart } from '../panels/program-overlap/upset-chart.tsx'
import { UrlNotice } from '../panels/url-notice/url-notice.tsx'
import { combinationKey, MEASURES, type Measure, PROGRAM_VIEW } from '../state/program-view.ts'
import type { ScreenProps } from './screen-props.ts'
import { useChoropleth } from './use-choropleth.ts'
import { useUrlState } from './use-url-state.ts'
import './program-screen.css'
import { useLanguage } from '../i18n/use-language.ts'
import { YearSelect } from '../ui/year-select.tsx'

/** Highlight colours: a combination's villages in the accent, the rest a quiet grey (map-theme greys). */
const HIGHLIGHT_COLORS = ['#e7e5e4', '#c2410c']
/** The highlight's two classes: villages with the combination (1) and without (0). */
const HIGHLIGHT_CLASSIFICATION = { method: 'manual', breaks: [1] } as const
/** A measure whose definition is not published: read as a figure where more is worse. */
const FALLBACK_MEANING = { direction: 'higher-is-worse', kind: 'percent' } as const
/** Bars in the chart: the 14 largest combinations hold nearly every household; more would crowd labels. */
const UPSET_BARS = 14
const isMapExposed = config.isDev || new URLSearchParams(window.location.search).has('e2e')

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; data: ProgramData | null }
  | { status: 'error'; message: string }

function useProgramData(): LoadState {
  const [state, setState] = useState<LoadState>({ status: 'loading' })
  useEffect(() => {
    let isCurrent = true
    fetchProgramData(config.dataBaseUrl).then(
      (data) => isCurrent && setState({ status: 'ready', data }),
      (error: unknown) => isCurrent && setState({ status: 'error', message: String(error) }),
    )
    return () => {
      isCurrent = false
    }
  }, [])
  return state
}

/** The indicator a measure maps for a program. */
function indicatorOf(measure: Measure, program: ProgramCode): string {
  return measure === 'cakupan' || measure === 'penerima' ? programIndicatorId(measure, program) : measure
}

/** Short program names for chart rows and rules: "BLT-DD", "PBI-JKN". */
export function programShortName(program: ProgramCode): string {
  return program.replace('_', '-')
}

/** `/program`: per-program maps, the kabupaten summary, the UpSet chart of overlaps and the rules. */
export function ProgramScreen({ snapshot, indicatorData, regionTitle }: ScreenProps): ReactElement {
  const language = useLanguage()
  const { t } = useTranslation()
  const load = useProgramData()
  const data = load.status === 'ready' ? load.data : null
  // Program, measure, year and highlighted combination live in the link (state/program-view.ts).
  const { state: view, update, rejected: unreadable } = useUrlState(PROGRAM_VIEW)
  const [isNoticeDismissed, setIsNoticeDismissed] = useState(false)
  const programCode = view.program
  const measure = view.ukuran
  const years = useMemo(
    () => [...new Set((data?.combinations ?? []).map((row) => row.tahun))].sort((a, b) => a - b),
    [data],
  )
  const isKnownYear = view.tahun !== null && years.includes(view.tahun)
  const tahun = isKnownYear ? view.tahun : (years[years.length - 1] ?? null)
  const combinationKeys = useMemo(
    () => new Set((data?.combinations ?? []).map((row) => row.programs.join('+'))),
    [data],
  )
  const combination = view.kombinasi ? combinationKey(combinationKeys, view.kombinasi) : null
  // A year or combination the data does not have is named like an unreadable value, once data is in.
  const rejected = [
    ...unreadable,
    ...(data && view.tahun !== null && !isKnownYear ? [{ key: 'tahun', value: String(view.tahun) }] : []),
    ...(data && view.kombinasi && combination === null
      ? [{ key: 'kombinasi', value: view.kombinasi.join(',') }]
      : []),
  ]
  const setCombination = (key: string | null) =>
    update((current) => ({ ...current, kombinasi: key ? (key.split('+') as ProgramCode[]) : null }))
  const program: Program | undefined = data?.programs.find((item) => item.kode === programCode)
  const programOrder = useMemo(() => (data?.programs ?? []).map((item) => item.kode), [data])
  const indicatorId = indicatorOf(measure, programCode)
  const definition = indicatorData?.file.indicators.find((item) => item.id === indicatorId)
  const codes = useMemo(() => snapshot.villages.map((village) => village.kode), [snapshot])
  const highlighted = useMemo(
    () =>
      combination && tahun !== null && data
        ? villagesWithCombination(data.combinations, combination, tahun)
        : null,
    [combination, tahun, data],
  )
  const getValue = useCallback(
    (kode: string) =>
      highlighted
        ? { nilai: highlighted.has(kode) ? 1 : 0, status: 'ada' as const }
        : tahun === null
          ? undefined
          : indicatorData?.index.value(kode, tahun, indicatorId),
    [highlighted, tahun, indicatorData, indicatorId],
  )
  // A highlighted combination: two fixed classes (its villages, the rest) in the highlight colours.
  const choropleth = useMemo(() => {
    if (highlighted) {
      const classes = deriveValueClasses(
        codes,
        getValue,
        HIGHLIGHT_CLASSIFICATION,
        'yl_gn_bu',
        'higher-is-worse',
      )
      return buildChoropleth({ ...classes, colors: HIGHLIGHT_COLORS })
    }
    const meaning = definition ?? FALLBACK_MEANING
    return deriveChoropleth({
      codes,
      getValue,
      options: defaultChoroplethOptions(meaning),
      direction: meaning.direction,
    })
  }, [codes, getValue, highlighted, definition])
  const highlightFill = useMemo(
    () => (highlighted ? { ...choropleth.fill, thresholds: [1], colors: HIGHLIGHT_COLORS } : undefined),
    [highlighted, choropleth],
  )
  const map = useChoropleth(choropleth, 'desa', highlightFill)
  const mapData = getMapData(snapshot)
  const kode = snapshot.region.kode
  const upset = useMemo(
    () =>
      data && tahun !== null ? buildUpset(data.combinations, kode, tahun, programOrder, UPSET_BARS) : null,
    [data, tahun, kode, programOrder],
  )
  const summary =
    program && tahun !== null
      ? summariseProgram(program, (indikator) => indicatorData?.index.value(kode, tahun, indikator))
      : null
  const number = (value: number, decimals = 0): string => formatValue(value, language, decimals)
  const rupiah = (value: number): string =>
    value >= 1e9
      ? `Rp${number(value / 1e9, 1)} ${language === 'id' ? 'miliar' : 'billion'}`
      : `Rp${number(value)}`
  const withheld = t('program.summary.withheld')
  const measureLabel = definition ? definition.label[language] : t(`program.measures.${measure}`)
  const combinationNames = combination
    ? programOrder
        .filter((code) => combination.split('+').includes(code))
        .map(programShortName)
        .join(' + ')
    : ''

  if (load.status === 'loading') return <div className="program-screen program-screen--status">…</div>
  if (load.status === 'error' || !data || !program) {
    return (
      <div className="program-screen program-screen--status" role="status">
        {load.status === 'error' ? load.message : t('program.noData')}
      </div>
    )
  }
  return (
    <div className="program-screen" data-testid="program-screen">
      <aside className="program-screen__side">
        <h2 className="program-screen__title">{t('program.title')}</h2>
        <p className="program-screen__intro">{t('program.intro')}</p>
        <div className="program-tabs" role="radiogroup" aria-label={t('program.programs')}>
          {data.programs.map((item) => (
            // biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons reads better than radio inputs here
            <button
              key={item.kode}
              type="button"
              role="radio"
              aria-checked={item.kode === programCode}
              className={`program-tab${item.kode === programCode ? ' program-tab--active' : ''}`}
              data-testid="program-tab"
              onClick={() => update((current) => ({ ...current, program: item.kode }))}
            >
              {programShortName(item.kode)}
            </button>
          ))}
        </div>
        <section className="program-card" data-testid="program-card">
          <h3>{language === 'id' ? program.nama : program.nama_en}</h3>
          {language === 'en' && <p className="program-card__native">{program.nama}</p>}
          <dl>
            <dt>{t('program.card.eligibility')}</dt>
            <dd>{language === 'id' ? program.syarat : program.syarat_en}</dd>
            <dt>{t('program.card.benefit')}</dt>
            <dd>
              {language === 'id' ? program.manfaat : program.manfaat_en} (
              {t(`program.card.unit.${program.satuan}`)})
            </dd>
            <dt>{t('program.card.funding')}</dt>
            <dd>{program.sumber_dana}</dd>
          </dl>
        </section>
        {summary && tahun !== null && (
          <section className="program-summary" data-testid="program-summary">
            <h3>{t('program.summary.title', { region: regionTitle, year: tahun })}</h3>
            <dl>
              <dt>{t('program.summary.recipients')}</dt>
              <dd>{summary.recipients === null ? withheld : number(summary.recipients)}</dd>
              <dt title={t('program.summary.rupiahNote')}>{t('program.summary.rupiah')}</dt>
              <dd>
                {summary.rupiahMin === null || summary.rupiahMax === null
                  ? withheld
                  : summary.rupiahMin === summary.rupiahMax
                    ? rupiah(summary.rupiahMin)
                    : `${rupiah(summary.rupiahMin)}–${rupiah(summary.rupiahMax)}`}
              </dd>
              <dt>{t('program.summary.share')}</dt>
              <dd>
                {summary.shareDesil14 === null
                  ? program.satuan === 'keluarga'
                    ? withheld
                    : t('program.summary.shareNotFamily')
                  : `${number(summary.shareDesil14, 1)}%`}
              </dd>
            </dl>
          </section>
        )}
        <section className="program-rules" data-testid="program-rules">
          <h3>{t('program.rules.title')}</h3>
          <ul>
            {data.rules.map((rule) => (
              <li
                key={`${rule.program_a}+${rule.program_b}`}
                className={rule.diizinkan ? '' : 'program-rules__no'}
              >
                <strong>
                  {programShortName(rule.program_a)} + {programShortName(rule.program_b)}
                </strong>
                : {rule.diizinkan ? t('program.rules.allowed') : t('program.rules.notAllowed')}
                {rule.alasan && language === 'id' && (
                  <span className="program-rules__why"> — {rule.alasan}</span>
                )}
              </li>
            ))}
          </ul>
          <p className="program-rules__note">{t('program.rules.note')}</p>
        </section>
      </aside>
      <div className="program-screen__main">
        <div className="program-controls">
          <label>
            {t('program.measure')}{' '}
            <select
              data-testid="program-measure"
              value={measure}
              onChange={(event) => {
                const ukuran = event.target.value as Measure
                update((current) => ({ ...current, ukuran, kombinasi: null }))
              }}
            >
              {MEASURES.map((id) => (
                <option key={id} value={id}>
                  {t(`program.measures.${id}`)}
                </option>
              ))}
            </select>
          </label>
          <YearSelect
            label={t('program.year')}
            years={years}
            value={tahun}
            onChange={(chosen) => update((current) => ({ ...current, tahun: chosen }))}
            testId="program-year"
          />
        </div>
        <div className="program-map">
          {rejected.length > 0 && !isNoticeDismissed && (
            <UrlNotice notices={rejected} onDismiss={() => setIsNoticeDismissed(true)} />
          )}
          <MapView
            data={mapData}
            layers={map.layers}
            level="desa"
            areaStates={map.areaStates}
            selectedKode={null}
            initialBounds={snapshot.bbox}
            camera={null}
            label={t('program.mapLabel', { measure: measureLabel })}
            isExposed={isMapExposed}
            onHover={() => undefined}
            onSelect={() => undefined}
          />
          <div className="program-legend" data-testid="program-legend">
            {highlighted ? (
              <MapLegend
                title={combinationNames}
                items={highlightItems(highlighted.size, codes.length)}
                formatRange={() => ''}
                labelOf={(item) =>
                  t(item.key === 'class-1' ? 'program.legend.highlighted' : 'program.legend.other')
                }
                formatCount={(count) => t('legend.villageCount', { count })}
              >
                <p data-testid="highlight-status" className="legend__note">
                  {t('program.overlap.highlighted', { programs: combinationNames, jumlah: highlighted.size })}
                </p>
                <button type="button" onClick={() => setCombination(null)} data-testid="highlight-clear">
                  {t('program.overlap.clear')}
                </button>
              </MapLegend>
            ) : (
              <MapLegend
                title={measureLabel}
                detail={`${definition ? `(${definition.unit[language]})` : ''}${tahun === null ? '' : ` · ${tahun}`}`}
                items={map.legend}
                formatRange={([lower, upper]) =>
                  formatRange(lower, upper, language, definition?.decimals ?? 0)
                }
                formatCount={(count) => t('legend.villageCount', { count })}
              />
            )}
          </div>
        </div>
        <section className="program-overlap">
          {upset && upset.bars.length > 0 && tahun !== null ? (
            <>
              <UpsetChart
                upset={upset}
                programs={programOrder}
                programLabel={programShortName}
                selectedKey={combination}
                formatCount={(count) => number(count)}
                labels={{
                  title: t('program.overlap.title', { region: regionTitle, year: tahun }),
                  withheld: t('program.overlap.withheld'),
                  disallowed: t('program.overlap.disallowed'),
                  barLabel: (programs, count) => t('program.overlap.bar', { programs, jumlah: count }),
                }}
                onSelect={setCombination}
              />
              <p className="program-overlap__hint">{t('program.overlap.hint')}</p>
            </>
          ) : (
            <p>{t('program.overlap.empty')}</p>
          )}
        </section>
      </div>
    </div>
  )
}

/** The two rows of a highlighted combination: its villages first, then the rest. */
function highlightItems(count: number, total: number): LegendItem[] {
  return [
    { key: 'class-1', color: HIGHLIGHT_COLORS[1] ?? '', range: [1, 1], count },
    { key: 'class-0', color: HIGHLIGHT_COLORS[0] ?? '', range: [0, 0], count: total - count },
  ]
}
