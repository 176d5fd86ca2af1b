import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { DanaDesaComponent, FormulaVariable } from '../../dana-desa/formula.ts'
import {
  type AfirmasiStatus,
  COMPONENTS,
  FORMULA_VARIABLES,
  isOfficial,
  type SettingsAction,
  type SettingsProblem,
  type SimulatorSettings,
} from '../../dana-desa/simulator-settings.ts'
import { useLanguage } from '../../i18n/use-language.ts'
import { formatValue } from '../../indicators/format.ts'
import { TableHead } from '../../ui/table-head.tsx'
import { NumberField } from './number-field.tsx'
import './simulator-form.css'

const percentOf = (bp: number): number => bp / 100
const toBp = (percent: number): number => Math.round(percent * 100)

/** The statuses that receive alokasi afirmasi, each with the i18n key of its amount's label. */
const AFIRMASI_STATUSES: readonly AfirmasiStatus[] = ['tertinggal', 'sangat_tertinggal']
const AFIRMASI_LABELS: Record<AfirmasiStatus, string> = {
  tertinggal: 'afirmasiTertinggal',
  sangat_tertinggal: 'afirmasiSangatTertinggal',
}

/** A percentage field over a setting kept in basis points (0–100 %). */
function PercentField({
  label,
  bp,
  step,
  testId,
  onCommit,
}: {
  label: string
  bp: number
  step?: number
  testId?: string
  onCommit: (bp: number) => void
}): ReactElement {
  return (
    <NumberField
      label={label}
      value={percentOf(bp)}
      step={step}
      max={100}
      suffix="%"
      testId={testId}
      onCommit={(value) => onCommit(toBp(value))}
    />
  )
}

/** What a group of percentages reads and writes, given as data (the shares and the weights). */
interface PercentGroupSpec<K extends string> {
  /** The i18n key of the group's legend. */
  legend: string
  keys: readonly K[]
  /** The i18n key of a field's label. */
  labelKey: (key: K) => string
  bpOf: (settings: SimulatorSettings, key: K) => number
  step: number
  testId: (key: K) => string
  action: (key: K, bp: number) => SettingsAction
}

const SHARES: PercentGroupSpec<DanaDesaComponent> = {
  legend: 'dana-desa.simulator.shares',
  keys: COMPONENTS,
  labelKey: (component) => `dana-desa.component.${component}`,
  bpOf: (settings, component) => settings.shares[component],
  step: 0.5,
  testId: (component) => `dd-share-${component}`,
  action: (component, bp) => ({ type: 'set-share', component, bp }),
}

const WEIGHTS: PercentGroupSpec<FormulaVariable> = {
  legend: 'dana-desa.simulator.weights',
  keys: FORMULA_VARIABLES,
  labelKey: (variable) => `dana-desa.variable.${variable}`,
  bpOf: (settings, variable) => settings.weights[variable],
  step: 1,
  testId: (variable) => `dd-weight-${variable}`,
  action: (variable, bp) => ({ type: 'set-weight', variable, bp }),
}

/**
 * One group of percentages that always sums to 100 % (component shares, formula weights): a number
 * field per key, in basis points underneath (simulator-settings.ts rebalances the rest of the group).
 */
function PercentGroup<K extends string>({
  spec,
  settings,
  onChange,
}: {
  spec: PercentGroupSpec<K>
  settings: SimulatorSettings
  onChange: (action: SettingsAction) => void
}): ReactElement {
  const { t } = useTranslation()
  return (
    <fieldset className="dd-form__group">
      <legend>{t(spec.legend)}</legend>
      <p className="dd-form__hint">{t('dana-desa.simulator.groupHint')}</p>
      {spec.keys.map((key) => (
        <PercentField
          key={key}
          label={t(spec.labelKey(key))}
          bp={spec.bpOf(settings, key)}
          step={spec.step}
          testId={spec.testId(key)}
          onCommit={(bp) => onChange(spec.action(key, bp))}
        />
      ))}
    </fieldset>
  )
}

/**
 * Every parameter of the allocation formula as a field: component shares and formula weights (a change
 * spreads the rest over the other fields of its group so it stays at 100 %), the alokasi dasar bands,
 * afirmasi amounts and eligibility, and the kinerja share. The official values are the default.
 */
export function SimulatorForm({
  settings,
  problems,
  onChange,
}: {
  settings: SimulatorSettings
  problems: readonly SettingsProblem[]
  onChange: (action: SettingsAction) => void
}): ReactElement {
  const language = useLanguage()
  const { t } = useTranslation()
  const isDefault = isOfficial(settings)
  return (
    <form
      className="dd-form"
      onSubmit={(event) => event.preventDefault()}
      aria-label={t('dana-desa.simulator.form')}
    >
      <p className="dd-form__status">
        {isDefault ? t('dana-desa.simulator.official') : t('dana-desa.simulator.edited')}
        {!isDefault && (
          <button
            type="button"
            className="dd-button dd-button--quiet"
            onClick={() => onChange({ type: 'reset' })}
          >
            {t('dana-desa.simulator.reset')}
          </button>
        )}
      </p>
      <PercentGroup spec={SHARES} settings={settings} onChange={onChange} />
      <PercentGroup spec={WEIGHTS} settings={settings} onChange={onChange} />
      <fieldset className="dd-form__group">
        <legend>{t('dana-desa.simulator.bands')}</legend>
        <p className="dd-form__hint">{t('dana-desa.simulator.bandsHint')}</p>
        <table className="dd-bands">
          <TableHead
            columns={[
              { label: t('dana-desa.simulator.bandMax') },
              { label: t('dana-desa.simulator.bandAmount') },
            ]}
          />
          <tbody>
            {settings.bands.map((band, index) => {
              const previous = settings.bands[index - 1]?.max_penduduk ?? 0
              const bandProblems = problems.filter((problem) => problem.band === index)
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: bands are positions; they are never reordered
                <tr key={index}>
                  <td>
                    {band.max_penduduk === null ? (
                      <span className="dd-bands__open">
                        {t('dana-desa.simulator.bandOpen', { from: formatValue(previous, language, 0) })}
                      </span>
                    ) : (
                      <NumberField
                        label={t('dana-desa.simulator.bandMaxOf', { band: index + 1 })}
                        value={band.max_penduduk}
                        step={100}
                        onCommit={(value) =>
                          onChange({ type: 'set-band', index, field: 'max_penduduk', value })
                        }
                      />
                    )}
                  </td>
                  <td>
                    <NumberField
                      label={t('dana-desa.simulator.bandAmountOf', { band: index + 1 })}
                      value={band.amount}
                      step={1_000_000}
                      suffix="Rp"
                      onCommit={(value) => onChange({ type: 'set-band', index, field: 'amount', value })}
                    />
                    {bandProblems.map((problem) => (
                      <p key={problem.code} className="dd-error" role="alert">
                        {t(`dana-desa.simulator.problem.${problem.code}`, { band: index + 1 })}
                      </p>
                    ))}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </fieldset>
      <fieldset className="dd-form__group">
        <legend>{t('dana-desa.simulator.afirmasi')}</legend>
        {AFIRMASI_STATUSES.map((status) => (
          <NumberField
            key={status}
            label={t(`dana-desa.simulator.${AFIRMASI_LABELS[status]}`)}
            value={settings.afirmasi[status]}
            step={1_000_000}
            suffix="Rp"
            onCommit={(amount) => onChange({ type: 'set-afirmasi', status, amount })}
          />
        ))}
        <PercentField
          label={t('dana-desa.simulator.afirmasiTop')}
          bp={settings.afirmasiTopBp}
          onCommit={(bp) => onChange({ type: 'set-afirmasi-top', bp })}
        />
      </fieldset>
      <fieldset className="dd-form__group">
        <legend>{t('dana-desa.simulator.kinerja')}</legend>
        <PercentField
          label={t('dana-desa.simulator.kinerjaShare')}
          bp={settings.kinerjaBp}
          onCommit={(bp) => onChange({ type: 'set-kinerja', bp })}
        />
      </fieldset>
    </form>
  )
}
