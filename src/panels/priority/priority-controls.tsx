import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { CriterionId } from '../../priority/criteria.ts'
import { NORMALISATIONS, type Normalisation } from '../../priority/normalise.ts'
import { PRIORITY_PRESETS, type PriorityPreset, type Weights } from '../../priority/presets.ts'
import { YearSelect } from '../../ui/year-select.tsx'
import type { CriterionGroup, CriterionInfo } from './criterion-info.ts'
import { PriorityChoices, PrioritySection } from './priority-fields.tsx'
import './priority-controls.css'

const GROUPS: readonly CriterionGroup[] = ['need', 'coverage', 'village']
// Steps of 5 keep the sliders quick to set and the URL short. A link may carry any whole weight; the
// slider then moves by 1 so it shows that weight exactly instead of snapping to a multiple of 5.
const WEIGHT_STEP = 5

/** Year, presets, normalisation and one weight slider per criterion. */
export function PriorityControls({
  criteria,
  weights,
  preset,
  normalisation,
  years,
  tahun,
  onYear,
  onPreset,
  onWeight,
  onNormalisation,
}: {
  criteria: readonly CriterionInfo[]
  weights: Weights
  /** The preset the weights equal, if any. */
  preset: PriorityPreset['id'] | null
  normalisation: Normalisation
  years: readonly number[]
  tahun: number
  onYear: (tahun: number) => void
  onPreset: (id: PriorityPreset['id']) => void
  onWeight: (id: CriterionId, weight: number) => void
  onNormalisation: (method: Normalisation) => void
}): ReactElement {
  const { t } = useTranslation()
  const total = criteria.reduce((sum, item) => sum + (weights[item.id] ?? 0), 0)
  return (
    <PrioritySection
      name="score"
      title={t('prioritas.score.title')}
      tools={
        <YearSelect
          className="priority-inline"
          label={t('prioritas.year')}
          years={years}
          value={tahun}
          onChange={onYear}
          testId="priority-year"
        />
      }
    >
      <p className="priority-label">{t('prioritas.score.presets')}</p>
      <div className="priority-presets">
        {PRIORITY_PRESETS.map((item) => (
          <button
            key={item.id}
            type="button"
            className="priority-chip"
            data-testid={`preset-${item.id}`}
            aria-pressed={preset === item.id}
            onClick={() => onPreset(item.id)}
          >
            {t(`prioritas.score.preset.${item.id}`)}
          </button>
        ))}
      </div>
      <PriorityChoices
        legend={t('prioritas.score.normalisation')}
        type="radio"
        name="priority-normalisation"
        className="priority-segmented"
        choiceClassName="priority-segmented__option"
        choices={NORMALISATIONS.map((method) => ({
          value: method,
          label: t(`prioritas.score.method.${method}`),
          testId: `normalisation-${method}`,
        }))}
        isChecked={(method) => normalisation === method}
        onChoose={onNormalisation}
        help={t(`prioritas.score.methodHelp.${normalisation}`)}
      />
      <p className="priority-label">{t('prioritas.score.weights')}</p>
      {GROUPS.map((group) => (
        <fieldset key={group} className="priority-weights priority-fieldset">
          <legend className="priority-weights__group">{t(`prioritas.score.group.${group}`)}</legend>
          {criteria
            .filter((item) => item.group === group)
            .map((item) => {
              const weight = weights[item.id] ?? 0
              const share = total > 0 ? Math.round((100 * weight) / total) : 0
              return (
                <div key={item.id} className={`priority-weight${weight > 0 ? ' is-active' : ''}`}>
                  <label className="priority-weight__label" htmlFor={`weight-${item.id}`}>
                    <span className="priority-weight__name">{item.label}</span>
                    <span className="priority-weight__direction">
                      {item.direction === 'higher-is-worse' ? '↑ ' : '↓ '}
                      {t(
                        item.direction === 'higher-is-worse'
                          ? 'prioritas.score.higherIsWorse'
                          : 'prioritas.score.higherIsBetter',
                      )}
                    </span>
                  </label>
                  <div className="priority-weight__control">
                    <input
                      id={`weight-${item.id}`}
                      type="range"
                      min={0}
                      max={100}
                      step={weight % WEIGHT_STEP === 0 ? WEIGHT_STEP : 1}
                      value={weight}
                      data-testid={`weight-${item.id}`}
                      aria-label={t('prioritas.score.weightLabel', { name: item.label })}
                      aria-valuetext={`${weight} (${share} %)`}
                      onChange={(event) => onWeight(item.id, Number(event.target.value))}
                    />
                    <output className="priority-weight__value" htmlFor={`weight-${item.id}`}>
                      {weight}
                    </output>
                  </div>
                  {weight > 0 && (
                    <span className="priority-weight__share">
                      {t('prioritas.score.share', { share: `${share} %` })}
                    </span>
                  )}
                </div>
              )
            })}
        </fieldset>
      ))}
    </PrioritySection>
  )
}
