import { type ReactElement, useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { IndicatorDefinition } from '../../data/indicators.ts'
import type { Village } from '../../data/snapshot.ts'
import type { Source } from '../../data/snapshot-schema.ts'
import { getSourceShortName } from '../../data/source-label.ts'
import { formatRange, formatValue } from '../../indicators/format.ts'
import { FactList } from '../../ui/fact-list.tsx'
import './village-details.css'
import { useLanguage } from '../../i18n/use-language.ts'

/** Decimals of the area fact, as in the snapshot (0.01 km²) but rounded for reading. */
const AREA_DECIMALS = 1

/** Everything the panel shows about one village; all derived by the caller. */
export interface VillageDetailsProps {
  village: Village
  indicator: Pick<IndicatorDefinition, 'label' | 'unit' | 'description' | 'decimals'>
  /** The year shown, or `null` for a figure without years. */
  tahun: number | null
  value: number | null
  /** What stands in for a missing value: withheld, no data, does not apply. */
  statusText: string
  /** Class of the value, or null for the no-data class. */
  classIndex: number | null
  classColors: readonly string[]
  classRanges: readonly [number, number][]
  /** Fill colour of the village on the map. */
  color: string
  source: Source | undefined
  /** Changes when the panel should take keyboard focus (the village was picked from search). */
  focusRequest: number
  onClose: () => void
  /** The village's profile page, linked at the foot of the panel when given. */
  profileHref?: string
  /** Opens the profile in place (a plain left click on the link). */
  onOpenProfile?: () => void
}

/** The side panel (bottom sheet on phones) with a village's facts and its indicator value and class. */
export function VillageDetails(props: VillageDetailsProps): ReactElement {
  const { village, indicator, value, classIndex, classColors, classRanges } = props
  const language = useLanguage()
  const { t } = useTranslation()
  const id = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const unit = indicator.unit[language]
  const range = classIndex === null ? undefined : classRanges[classIndex]

  useEffect(() => {
    if (props.focusRequest > 0) headingRef.current?.focus()
  }, [props.focusRequest])

  return (
    <aside
      className="village-panel"
      data-testid="village-panel"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => event.key === 'Escape' && props.onClose()}
    >
      <div className="village-panel__header">
        <div>
          <p className="village-panel__eyebrow">{t(`region.${village.jenis}`)}</p>
          <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="village-panel__title">
            {village.nama}
          </h2>
          <p className="village-panel__subtitle">
            {t('region.kecamatanOf', { name: village.kecamatan_nama })}
          </p>
        </div>
        <button
          type="button"
          className="village-panel__close"
          aria-label={t('panel.close')}
          title={t('panel.close')}
          onClick={props.onClose}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 4 L12 12 M12 4 L4 12" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
      </div>

      <section className="village-panel__indicator" aria-label={t('panel.indicator')}>
        <p className="village-panel__indicator-label">
          {indicator.label[language]}
          {props.tahun !== null && ` (${props.tahun})`}
        </p>
        <p className="village-panel__value">
          <span
            className="village-panel__value-swatch"
            style={{ background: props.color }}
            aria-hidden="true"
          />
          <strong>
            {value === null ? props.statusText : formatValue(value, language, indicator.decimals)}
          </strong>
          {value !== null && <span className="village-panel__unit">{unit}</span>}
        </p>
        <ol className="village-panel__scale" aria-hidden="true">
          {classColors.map((color, index) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: the class index is the identity of a class.
              key={index}
              className={index === classIndex ? 'is-current' : undefined}
              style={{ background: color }}
            />
          ))}
        </ol>
        {classIndex !== null && (
          <p className="village-panel__class">
            {t('panel.class', { index: classIndex + 1, count: classColors.length })}
            {range && (
              <>
                {' · '}
                {formatRange(range[0], range[1], language, indicator.decimals)} {unit}
              </>
            )}
          </p>
        )}
        <p className="village-panel__description">{indicator.description[language]}</p>
      </section>

      <FactList
        className="village-panel__facts"
        facts={[
          { term: t('panel.jenis'), value: t(`region.${village.jenis}`) },
          { term: t('panel.kecamatan'), value: village.kecamatan_nama, testId: 'village-panel-kecamatan' },
          { term: t('panel.kode'), value: village.kode, valueClassName: 'village-panel__code' },
          {
            term: t('panel.luas'),
            value: (
              <>
                {formatValue(village.luas_km2, language, AREA_DECIMALS)} {village.luas_km2 !== null && 'km²'}
              </>
            ),
          },
        ]}
      />

      {props.profileHref && (
        <a
          href={props.profileHref}
          className="village-panel__profile"
          data-testid="village-panel-profile"
          onClick={(event) => {
            if (
              !props.onOpenProfile ||
              event.button !== 0 ||
              event.metaKey ||
              event.ctrlKey ||
              event.shiftKey
            )
              return
            event.preventDefault()
            props.onOpenProfile()
          }}
        >
          {t('panel.openProfile')}
        </a>
      )}

      {props.source && (
        <footer className="village-panel__source">
          <h3>{t('panel.source')}</h3>
          <p>
            {props.source.url ? (
              <a href={props.source.url} target="_blank" rel="noreferrer">
                {getSourceShortName(props.source)}
              </a>
            ) : (
              <span>{getSourceShortName(props.source)}</span>
            )}{' '}
            · {t('panel.licence', { licence: props.source.licence })}
          </p>
          <p className="village-panel__attribution">{props.source.attribution}</p>
        </footer>
      )}
    </aside>
  )
}
