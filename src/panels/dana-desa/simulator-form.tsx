import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import {
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

/**
 * One group of percentages that always sums to 100 % (component shares, formula weights): a number
 * field per key, in basis points underneath (simulator-settings.ts rebalances the rest of the group).
 */
function PercentGroup<K extends string>({
  legend,
  hint,
  keys,
  labelOf,
  bpOf,
  step,
  testIdOf,
  onCommit,
}: {
  legend: string
  hint: string
  keys: readonly K[]
  labelOf: (key: K) => string
  bpOf: (key: K) => number
  step: number
  testIdOf: (key: K) => string
  onCommit: (key: K, bp: number) => void
}): ReactElement {
  return (
    <fieldset className="dd-form__group">
      <legend>{legend}</legend>
      <p className="dd-form__hint">{hint}</p>
      {keys.map((key) => (
        <NumberField
          key={key}
          label={labelOf(key)}
          value={percentOf(bpOf(key))}
          step={step}
          max={100}
          suffix="%"
          testId={testIdOf(key)}
          onCommit={(value) => onCommit(key, toBp(value))}
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
      <PercentGroup
        legend={t('dana-desa.simulator.shares')}
        hint={t('dana-desa.simulator.groupHint')}
        keys={COMPONENTS}
        labelOf={(component) => t(`dana-desa.component.${component}`)}
        bpOf={(component) => settings.shares[component]}
        step={0.5}
        testIdOf={(component) => `dd-share-${component}`}
        onCommit={(component, bp) => onChange({ type: 'set-share', component, bp })}
      />
      <PercentGroup
        legend={t('dana-desa.simulator.weights')}
        hint={t('dana-desa.simulator.groupHint')}
        keys={FORMULA_VARIABLES}
        labelOf={(variable) => t(`dana-desa.variable.${variable}`)}
        bpOf={(variable) => settings.weights[variable]}
        step={1}
        testIdOf={(variable) => `dd-weight-${variable}`}
        onCommit={(variable, bp) => onChange({ type: 'set-weight', variable, bp })}
      />
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
        <NumberField
          label={t('dana-desa.simulator.afirmasiTertinggal')}
          value={settings.afirmasi.tertinggal}
          step={1_000_000}
          suffix="Rp"
          onCommit={(amount) => onChange({ type: 'set-afirmasi', status: 'tertinggal', amount })}
        />
        <NumberField
          label={t('dana-desa.simulator.afirmasiSangatTertinggal')}
          value={settings.afirmasi.sangat_tertinggal}
          step={1_000_000}
          suffix="Rp"
          onCommit={(amount) => onChange({ type: 'set-afirmasi', status: 'sangat_tertinggal', amount })}
        />
        <NumberField
          label={t('dana-desa.simulator.afirmasiTop')}
          value={percentOf(settings.afirmasiTopBp)}
          max={100}
          suffix="%"
          onCommit={(value) => onChange({ type: 'set-afirmasi-top', bp: toBp(value) })}
        />
      </fieldset>
      <fieldset className="dd-form__group">
        <legend>{t('dana-desa.simulator.kinerja')}</legend>
        <NumberField
          label={t('dana-desa.simulator.kinerjaShare')}
          value={percentOf(settings.kinerjaBp)}
          max={100}
          suffix="%"
          onCommit={(value) => onChange({ type: 'set-kinerja', bp: toBp(value) })}
        />
      </fieldset>
    </form>
  )
}
