import { type ReactElement, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IndicatorDefinition } from '../../data/indicators.ts'
import { type DataMethod, MAX_CLASSES, MIN_CLASSES } from '../../indicators/classify.ts'
import type { Level } from '../../state/view-state.ts'
import { FactList } from '../../ui/fact-list.tsx'
import { filterIndicators } from './filter-indicators.ts'
import { LevelToggle } from './level-toggle.tsx'
import '../../ui/floating-card.css'
import './indicator-picker.css'
import { useLanguage } from '../../i18n/use-language.ts'
import { DisclosureButton, useDisclosure } from '../../ui/disclosure-button.tsx'
import { LabeledSelect } from '../../ui/labeled-select.tsx'
import { YearSelect } from '../../ui/year-select.tsx'

/** A class count picked over hand-set breaks starts automatic classes again, with this method. */
const AUTOMATIC_METHOD: DataMethod = 'quantile'

const CLASS_COUNTS = Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, index) => MIN_CLASSES + index)

/** What the picker shows and the changes it emits. */
export interface IndicatorPickerProps {
  indicators: readonly IndicatorDefinition[]
  selected: IndicatorDefinition
  /** Years of the selected indicator; empty hides the year control. */
  years: readonly number[]
  tahun: number
  methods: readonly DataMethod[]
  /** The map's method: a data method, or `manual` when the breaks are set by hand (the legend's editor or the indicator's own default). */
  method: DataMethod | 'manual'
  classes: number
  /** Short name of the selected indicator's source, when the manifest lists it. */
  sourceName: string | undefined
  /** The level the map colours: villages or districts. */
  level: Level
  onLevel: (level: Level) => void
  onIndicator: (id: string) => void
  onYear: (tahun: number) => void
  onClassification: (method: DataMethod, classes: number) => void
}

/**
 * The indicator picker: a searchable list grouped by theme, the chosen indicator's definition, unit
 * and source (with a badge when its values are synthetic), and the year and classification controls.
 */
export function IndicatorPicker(props: IndicatorPickerProps): ReactElement {
  const { selected } = props
  const language = useLanguage()
  const { t } = useTranslation()
  // Hand-set breaks are named as such (not as one of the data methods); they are changed in the legend.
  const methods: readonly (DataMethod | 'manual')[] =
    props.method === 'manual' ? [...props.methods, 'manual'] : props.methods
  const methodOptions = methods.map((method) => ({ value: method, label: t(`picker.methods.${method}`) }))
  const id = useId()
  const [query, setQuery] = useState('')
  const list = useDisclosure(false)
  const { isExpanded: isOpen, setIsExpanded: setIsOpen } = list
  const groups = filterIndicators(props.indicators, query, language)
  const pick = (indicatorId: string): void => {
    props.onIndicator(indicatorId)
    setIsOpen(false)
    setQuery('')
  }
  return (
    <section
      className="floating-card picker"
      data-testid="indicator-picker"
      aria-labelledby={`${id}-title`}
      // The list closes when focus leaves the picker (e.g. a click on the map).
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setIsOpen(false)
      }}
    >
      <div className="picker__header">
        <h2 id={`${id}-title`} className="picker__eyebrow">
          {t('picker.title')}
        </h2>
        <DisclosureButton disclosure={list} className="picker__toggle" testId="indicator-picker-toggle">
          {t(isOpen ? 'picker.hideList' : 'picker.showList')}
        </DisclosureButton>
      </div>
      <p className="picker__current">
        {selected.label[language]}
        {selected.synthetic && (
          <span className="picker__badge" data-testid="indicator-synthetic-badge">
            {t('picker.synthetic')}
          </span>
        )}
      </p>
      <input
        type="search"
        className="picker__search"
        data-testid="indicator-search"
        aria-label={t('picker.searchLabel')}
        placeholder={t('picker.searchPlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setIsOpen(true)
        }}
        onFocus={() => setIsOpen(true)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return
          // A search field clears itself on Escape; here Escape closes the list and keeps the text.
          event.preventDefault()
          setIsOpen(false)
        }}
      />
      {isOpen && (
        <div id={list.panelId} className="picker__list">
          {groups.length === 0 && <p className="picker__empty">{t('picker.noResults', { query })}</p>}
          {groups.map((group) => (
            <div key={group.theme} className="picker__group">
              <h3 className="picker__theme">{t(`theme.${group.theme}`)}</h3>
              <ul>
                {group.indicators.map((indicator) => (
                  <li key={indicator.id}>
                    <button
                      type="button"
                      className="picker__option"
                      data-testid="indicator-option"
                      data-indicator-id={indicator.id}
                      aria-pressed={indicator.id === selected.id}
                      onClick={() => pick(indicator.id)}
                    >
                      {indicator.label[language]}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      <p className="picker__description">{selected.description[language]}</p>
      <FactList
        className="picker__facts"
        facts={[
          { term: t('picker.unit'), value: selected.unit[language] },
          ...(props.sourceName ? [{ term: t('picker.source'), value: props.sourceName }] : []),
        ]}
      />
      <LevelToggle level={props.level} onLevel={props.onLevel} />
      <div className="picker__controls">
        {props.years.length > 0 && (
          <YearSelect
            className="picker__control"
            label={t('picker.year')}
            years={props.years}
            value={props.tahun}
            onChange={props.onYear}
            testId="year-select"
          />
        )}
        <LabeledSelect
          className="picker__control"
          label={t('picker.method')}
          testId="class-method"
          options={methodOptions}
          value={props.method}
          onChange={(method) => {
            if (method !== 'manual') props.onClassification(method, props.classes)
          }}
        />
        <LabeledSelect
          className="picker__control"
          label={t('picker.classes')}
          testId="class-count"
          options={CLASS_COUNTS.map((count) => ({ value: count, label: String(count) }))}
          value={props.classes}
          onChange={(classes) =>
            props.onClassification(props.method === 'manual' ? AUTOMATIC_METHOD : props.method, classes)
          }
        />
      </div>
    </section>
  )
}
