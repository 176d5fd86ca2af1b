import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { COVERAGE_IDS, type CoverageId, NEED_IDS, type NeedId } from '../../priority/criteria.ts'
import { BIVARIATE_PRESETS, type BivariatePair } from '../../priority/presets.ts'

/** Picks the need and the coverage measure of the bivariate map, or one of the common pairs. */
export function BivariateControls({
  pair,
  labelOf,
  onChange,
}: {
  pair: BivariatePair
  labelOf: (id: string) => string
  onChange: (pair: BivariatePair) => void
}): ReactElement {
  const { t } = useTranslation()
  return (
    <section className="priority-section" aria-labelledby="priority-bivariate-title">
      <h3 id="priority-bivariate-title" className="priority-section__title">
        {t('prioritas.bivariate.title')}
      </h3>
      <p className="priority-label">{t('prioritas.bivariate.pairs')}</p>
      <div className="priority-presets priority-presets--stacked">
        {BIVARIATE_PRESETS.map((item) => (
          <button
            key={`${item.need}-${item.coverage}`}
            type="button"
            className="priority-chip"
            aria-pressed={item.need === pair.need && item.coverage === pair.coverage}
            onClick={() => onChange(item)}
          >
            {labelOf(item.need)} × {labelOf(item.coverage)}
          </button>
        ))}
      </div>
      <label className="priority-field">
        <span className="priority-label">{t('prioritas.bivariate.need')}</span>
        <select
          data-testid="bivariate-need"
          value={pair.need}
          onChange={(event) => onChange({ ...pair, need: event.target.value as NeedId })}
        >
          {NEED_IDS.map((id) => (
            <option key={id} value={id}>
              {labelOf(id)}
            </option>
          ))}
        </select>
      </label>
      <label className="priority-field">
        <span className="priority-label">{t('prioritas.bivariate.coverage')}</span>
        <select
          data-testid="bivariate-coverage"
          value={pair.coverage}
          onChange={(event) => onChange({ ...pair, coverage: event.target.value as CoverageId })}
        >
          {COVERAGE_IDS.map((id) => (
            <option key={id} value={id}>
              {labelOf(id)}
            </option>
          ))}
        </select>
      </label>
    </section>
  )
}
