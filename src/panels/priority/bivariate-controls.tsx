import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { COVERAGE_IDS, NEED_IDS } from '../../priority/criteria.ts'
import { BIVARIATE_PRESETS, type BivariatePair } from '../../priority/presets.ts'
import { PrioritySection, PrioritySelect } from './priority-fields.tsx'

/** The two axes of the bivariate map, each chosen from its own criteria. */
const AXES = ['need', 'coverage'] as const
const AXIS_IDS: Record<(typeof AXES)[number], readonly string[]> = { need: NEED_IDS, coverage: COVERAGE_IDS }

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
    <PrioritySection name="bivariate" title={t('prioritas.bivariate.title')}>
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
      {AXES.map((axis) => (
        <PrioritySelect
          key={axis}
          label={t(`prioritas.bivariate.${axis}`)}
          testId={`bivariate-${axis}`}
          options={AXIS_IDS[axis].map((id) => ({ value: id, label: labelOf(id) }))}
          value={pair[axis]}
          onChange={(id) => onChange({ ...pair, [axis]: id })}
        />
      ))}
    </PrioritySection>
  )
}
