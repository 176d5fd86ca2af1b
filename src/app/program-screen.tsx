import { type ReactElement, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Program, ProgramCode } from '../data/programs.ts'
import { useLanguage } from '../i18n/use-language.ts'
import { programMeasureIndicator } from '../indicators/dictionary/program-figures.ts'
import { formatRange, formatValue } from '../indicators/format.ts'
import { MapLegend } from '../panels/legend/map-legend.tsx'
import { buildUpset } from '../panels/program-overlap/build-upset.ts'
import { summariseProgram } from '../panels/program-overlap/program-summary.ts'
import { UpsetChart } from '../panels/program-overlap/upset-chart.tsx'
import { UrlNotice } from '../panels/url-notice/url-notice.tsx'
import { combinationKey, MEASURES, PROGRAM_VIEW } from '../state/program-view.ts'
import { LabeledSelect } from '../ui/labeled-select.tsx'
import { YearSelect } from '../ui/year-select.tsx'
import { programShortName } from './program-short-name.ts'
import { ProgramSidebar } from './program-sidebar.tsx'
import type { ScreenProps } from './screen-props.ts'
import { SnapshotMap } from './snapshot-map.tsx'
import { useProgramData } from './use-program-data.ts'
import { highlightItems, useProgramMap } from './use-program-map.ts'
import { useUrlState } from './use-url-state.ts'
import './program-screen.css'

/** Bars in the chart: the 14 largest combinations hold nearly every household; more would crowd labels. */
const UPSET_BARS = 14

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
  const indicatorId = programMeasureIndicator(measure, programCode)
  const definition = indicatorData?.file.indicators.find((item) => item.id === indicatorId)
  const codes = useMemo(() => snapshot.villages.map((village) => village.kode), [snapshot])
  const { map, highlighted } = useProgramMap({
    codes,
    data,
    indicatorData,
    indicatorId,
    definition,
    combination,
    tahun,
  })
  const kode = snapshot.region.kode
  const upset = useMemo(
    () =>
      data && tahun !== null ? buildUpset(data.combinations, kode, tahun, programOrder, UPSET_BARS) : null,
    [data, tahun, kode, programOrder],
  )
  const summary =
    program && tahun !== null
      ? {
          tahun,
          figures: summariseProgram(program, (indikator) =>
            indicatorData?.index.value(kode, tahun, indikator),
          ),
        }
      : null
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
      <ProgramSidebar
        data={data}
        program={program}
        summary={summary}
        regionTitle={regionTitle}
        onProgram={(code) => update((current) => ({ ...current, program: code }))}
      />
      <div className="program-screen__main">
        <div className="program-controls">
          <LabeledSelect
            label={t('program.measure')}
            options={MEASURES.map((id) => ({ value: id, label: t(`program.measures.${id}`) }))}
            value={measure}
            onChange={(ukuran) => update((current) => ({ ...current, ukuran, kombinasi: null }))}
            testId="program-measure"
          />
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
          <SnapshotMap
            snapshot={snapshot}
            map={map}
            level="desa"
            selectedKode={null}
            camera={null}
            label={t('program.mapLabel', { measure: measureLabel })}
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
                formatCount={(count) => formatValue(count, language, 0)}
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
