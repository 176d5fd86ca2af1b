import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { SimulatedVillage } from '../../dana-desa/simulate.ts'
import { useLanguage } from '../../i18n/use-language.ts'
import { formatRupiah, formatSignedPercent, formatValue } from '../../indicators/format.ts'
import { type BarSegment, StackedBar } from './stacked-bar.tsx'
import './village-breakdown.css'

/** Component colours: four distinct hues of the Okabe–Ito colour-blind-safe set. */
export const COMPONENT_COLORS = {
  alokasi_dasar: '#0072b2',
  alokasi_afirmasi: '#d55e00',
  alokasi_kinerja: '#009e73',
  alokasi_formula: '#e69f00',
} as const

const STAGE_COLORS = ['#12324f', '#3d6f99', '#8fb4d3'] as const

/** The published figure of the area shown, by indicator id; `null` when absent or withheld. */
export type FigureLookup = (indikator: string) => number | null

/**
 * The breakdown of one desa (or the kabupaten when none is selected): allocation and its components,
 * per capita and per poor household, BLT-DD against the year's cap, realisation by stage, and the
 * simulated allocation. A kelurahan reads "not eligible for Dana Desa", never zero.
 */
export function VillageBreakdown({
  title,
  subtitle,
  isKelurahan,
  figure,
  capPercent,
  simulated,
  onClose,
}: {
  title: string
  subtitle: string
  isKelurahan: boolean
  figure: FigureLookup
  /** The year's BLT-DD cap in percent of the pagu; `null` when the year has none. */
  capPercent: number | null
  simulated: SimulatedVillage | undefined
  onClose: (() => void) | null
}): ReactElement {
  const language = useLanguage()
  const { t } = useTranslation()
  const rupiah = (value: number | null, isCompact = true): string =>
    formatRupiah(value, language, { isCompact })
  const percent = (value: number | null): string =>
    value === null ? '–' : `${formatValue(value, language, 1)} %`
  const pagu = figure('dana_desa')
  return (
    <section className="dd-card dd-breakdown" aria-labelledby="dd-breakdown-title" data-testid="dd-breakdown">
      <header className="dd-breakdown__header">
        <div>
          <h2 id="dd-breakdown-title" className="dd-card__title">
            {title}
          </h2>
          <p className="dd-breakdown__subtitle">{subtitle}</p>
        </div>
        {onClose && (
          <button type="button" className="dd-button dd-button--quiet" onClick={onClose}>
            {t('dana-desa.breakdown.showKabupaten')}
          </button>
        )}
      </header>
      {isKelurahan ? (
        <p className="dd-breakdown__not-eligible" data-testid="dd-not-eligible">
          {t('dana-desa.notEligible')}
        </p>
      ) : pagu === null ? (
        <p className="dd-muted">{t('dana-desa.breakdown.noData')}</p>
      ) : (
        <>
          <p className="dd-breakdown__total">
            <span className="dd-breakdown__total-value">{rupiah(pagu)}</span>
            <span className="dd-muted">{rupiah(pagu, false)}</span>
          </p>
          <PaguBar
            title={t('dana-desa.breakdown.components')}
            pagu={pagu}
            segments={(Object.keys(COMPONENT_COLORS) as (keyof typeof COMPONENT_COLORS)[]).map(
              (component) => ({
                key: component,
                label: t(`dana-desa.component.${component}`),
                value: figure(component) ?? 0,
                color: COMPONENT_COLORS[component],
                valueText: rupiah(figure(component)),
              }),
            )}
          />
          <dl className="dd-facts">
            <dt>{t('dana-desa.breakdown.perCapita')}</dt>
            <dd>{rupiah(figure('dana_desa_per_kapita'), false)}</dd>
            <dt>{t('dana-desa.breakdown.perPoorHousehold')}</dt>
            <dd>{rupiah(figure('dana_desa_per_kk_miskin'))}</dd>
          </dl>
          <h3 className="dd-breakdown__heading">{t('dana-desa.breakdown.blt')}</h3>
          <dl className="dd-facts">
            <dt>{t('dana-desa.breakdown.bltBudget')}</dt>
            <dd>{rupiah(figure('pagu_blt_dd'))}</dd>
            <dt>{t('dana-desa.breakdown.bltShare')}</dt>
            <dd>{percent(figure('persen_blt_dd'))}</dd>
            <dt>{t('dana-desa.breakdown.bltAgainstCap')}</dt>
            <dd>
              {capPercent === null
                ? t('dana-desa.breakdown.noCap')
                : t('dana-desa.breakdown.ofCap', {
                    share: percent(figure('persen_blt_dd_terhadap_batas')),
                    cap: percent(capPercent),
                  })}
            </dd>
          </dl>
          {capPercent !== null && (
            <div className="dd-cap" aria-hidden="true">
              <span
                className="dd-cap__fill"
                style={{ width: `${Math.min(100, figure('persen_blt_dd_terhadap_batas') ?? 0)}%` }}
              />
            </div>
          )}
          <PaguBar
            title={t('dana-desa.breakdown.realisation')}
            pagu={pagu}
            segments={[1, 2, 3].map((stage, index) => ({
              key: `tahap_${stage}`,
              label: t(`dana-desa.breakdown.stage${stage}`),
              value: figure(`realisasi_tahap_${stage}`) ?? 0,
              color: STAGE_COLORS[index] ?? '#12324f',
              valueText: rupiah(figure(`realisasi_tahap_${stage}`)),
            }))}
          />
          <dl className="dd-facts">
            <dt>{t('dana-desa.breakdown.absorption')}</dt>
            <dd data-testid="dd-absorption">{percent(figure('realisasi_dana_desa_persen'))}</dd>
          </dl>
          {simulated && (
            <>
              <h3 className="dd-breakdown__heading">{t('dana-desa.breakdown.simulated')}</h3>
              <dl className="dd-facts">
                <dt>{t('dana-desa.breakdown.simulatedPagu')}</dt>
                <dd>{rupiah(simulated.simulated.pagu)}</dd>
                <dt>{t('dana-desa.breakdown.change')}</dt>
                <dd className={changeClass(simulated.change)}>
                  {formatRupiah(simulated.change, language, { isCompact: true, isSigned: true })}
                  {simulated.changePercent !== null &&
                    ` (${formatSignedPercent(simulated.changePercent, language, 2)})`}
                </dd>
              </dl>
            </>
          )}
        </>
      )}
    </section>
  )
}

/** A titled bar of the village's ceiling (`pagu`) split into `segments`, each with its share in percent. */
function PaguBar({
  title,
  pagu,
  segments,
}: {
  title: string
  pagu: number
  segments: readonly BarSegment[]
}): ReactElement {
  const language = useLanguage()
  return (
    <>
      <h3 className="dd-breakdown__heading">{title}</h3>
      <StackedBar
        label={title}
        total={pagu}
        percentText={(share) => `${formatValue(share, language, 1)} %`}
        segments={segments}
      />
    </>
  )
}

/** The CSS class of a change: gains blue, losses red, none neutral. */
export function changeClass(change: number): string {
  return change > 0 ? 'dd-gain' : change < 0 ? 'dd-loss' : 'dd-same'
}
