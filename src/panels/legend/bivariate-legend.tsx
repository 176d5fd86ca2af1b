import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { capitaliseFirst } from '../../lib/capitalise-first.ts'
import { BIVARIATE_COLORS, bivariateClass, type Tier } from '../../priority/bivariate.ts'
import { type LegendRow, LegendRows } from './legend-rows.tsx'
import './map-legend.css'
import './bivariate-legend.css'

const TIERS: readonly Tier[] = [0, 1, 2]
/** The four corners named beside the grid, the planners' question first. */
const CORNERS: readonly { need: Tier; coverage: Tier }[] = [
  { need: 2, coverage: 0 },
  { need: 0, coverage: 0 },
  { need: 2, coverage: 2 },
  { need: 0, coverage: 2 },
]

/**
 * The 3×3 legend of the priority map, a sibling of `MapLegend` sharing its rows (`LegendRows`): need
 * grows to the right, coverage falls upwards, so the darkest corner (top right) is "high need, low
 * coverage". Every cell names its quadrant in words (title and screen readers); the four corners are
 * spelled out beside the grid with their village counts, then the status rows (missing, outside the
 * filters, the top-N outline).
 */
export function BivariateLegend({
  title,
  needLabel,
  coverageLabel,
  counts,
  missingColor,
  outsideColor,
  topCount,
}: {
  title: string
  needLabel: string
  coverageLabel: string
  /** Villages per class index 0–8. */
  counts: readonly number[]
  missingColor: string
  outsideColor: string
  topCount: number
}): ReactElement {
  const { t, i18n } = useTranslation()
  const cellLabel = (need: Tier, coverage: Tier): string =>
    capitaliseFirst(
      t('prioritas.bivariate.cell', {
        need: t(`prioritas.bivariate.tier.${need}`),
        coverage: t(`prioritas.bivariate.tier.${coverage}`),
      }),
      i18n.language,
    )
  const describe = (need: Tier, coverage: Tier): string =>
    t('prioritas.bivariate.cellCount', {
      label: cellLabel(need, coverage),
      count: counts[bivariateClass(need, coverage)] ?? 0,
    })
  const rows: LegendRow[] = [
    ...CORNERS.map(({ need, coverage }) => ({
      key: `${need}-${coverage}`,
      color: BIVARIATE_COLORS[bivariateClass(need, coverage)] ?? missingColor,
      label: describe(need, coverage),
      count: null,
      isStatus: false,
      className: need === 2 && coverage === 0 ? 'is-priority' : undefined,
    })),
    {
      key: 'missing',
      color: missingColor,
      label: t('prioritas.bivariate.missing'),
      count: null,
      isStatus: true,
    },
    {
      key: 'outside',
      color: outsideColor,
      label: t('prioritas.bivariate.outside'),
      count: null,
      isStatus: true,
      swatchClassName: 'bivariate-legend__swatch--outside',
    },
    {
      key: 'top',
      color: 'transparent',
      label: t('prioritas.bivariate.topN', { count: topCount }),
      count: null,
      isStatus: true,
      swatchClassName: 'bivariate-legend__swatch--top',
    },
  ]
  return (
    <section className="bivariate-legend" data-testid="bivariate-legend" aria-label={title}>
      <h3 className="bivariate-legend__title">{title}</h3>
      <p className="bivariate-legend__measures">
        <span>{needLabel}</span> × <span>{coverageLabel}</span>
      </p>
      <div className="bivariate-legend__body">
        <div className="bivariate-legend__chart">
          <span className="bivariate-legend__y">{t('prioritas.bivariate.coverageAxis')}</span>
          <ul className="bivariate-legend__grid">
            {[0, 1, 2].flatMap((coverage) =>
              TIERS.map((need) => {
                const classIndex = bivariateClass(need, coverage as Tier)
                return (
                  <li
                    key={classIndex}
                    className="bivariate-legend__cell"
                    style={{ background: BIVARIATE_COLORS[classIndex] }}
                    title={describe(need, coverage as Tier)}
                    aria-label={describe(need, coverage as Tier)}
                    data-class={classIndex}
                  >
                    <span className="bivariate-legend__count">{counts[classIndex] ?? 0}</span>
                  </li>
                )
              }),
            )}
          </ul>
          <span className="bivariate-legend__x">{t('prioritas.bivariate.needAxis')}</span>
        </div>
        <LegendRows rows={rows} className="bivariate-legend__corners" />
      </div>
      <p className="bivariate-legend__note">{t('prioritas.bivariate.tertiles')}</p>
    </section>
  )
}
