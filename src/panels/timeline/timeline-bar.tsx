import { type ReactElement, useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { COMPARE_MODES, type CompareMode } from '../../state/view-state.ts'
import { getNextYear, getPlayInterval, getPlayStart } from './year-steps.ts'
import '../../ui/floating-card.css'
import './timeline-bar.css'
import { SegmentedControl } from '../../ui/segmented-control.tsx'
import '../../ui/segmented-control.css'
import { LabeledSelect } from '../../ui/labeled-select.tsx'

/** What the timeline shows and the changes it emits. */
export interface TimelineBarProps {
  /** Years with data for the indicator, ascending (at least two, else the bar is not shown). */
  years: readonly number[]
  tahun: number
  /** The year compared with, or `null`. */
  compareTahun: number | null
  compareMode: CompareMode
  /** Play steps through the years more slowly and without animation. */
  isReducedMotion: boolean
  onYear: (tahun: number) => void
  onCompareYear: (tahun: number | null) => void
  onCompareMode: (mode: CompareMode) => void
}

/**
 * The time bar under the map: a year slider with a play/pause button, and the comparison with a
 * second year as a change map or two maps side by side. Play advances one year at a time and stops
 * at the last; it pauses on the button, on Escape, or when the reader moves the slider.
 */
export function TimelineBar(props: TimelineBarProps): ReactElement {
  const { years, tahun, onYear } = props
  const { t } = useTranslation()
  const id = useId()
  const [isPlaying, setIsPlaying] = useState(false)
  const index = Math.max(years.indexOf(tahun), 0)

  useEffect(() => {
    if (!isPlaying) return
    const timer = window.setTimeout(() => {
      const next = getNextYear(years, tahun)
      if (next === null) setIsPlaying(false)
      else onYear(next)
    }, getPlayInterval(props.isReducedMotion))
    return () => window.clearTimeout(timer)
  }, [isPlaying, years, tahun, onYear, props.isReducedMotion])

  const togglePlay = (): void => {
    if (isPlaying) {
      setIsPlaying(false)
      return
    }
    const start = getPlayStart(years, tahun)
    if (start !== null && start !== tahun) onYear(start)
    setIsPlaying(true)
  }
  const compareYears = years.filter((year) => year !== tahun)
  return (
    <section
      className="floating-card timeline"
      data-testid="timeline"
      aria-label={t('explorer-tools.timeline.label')}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && isPlaying) setIsPlaying(false)
      }}
    >
      <button
        type="button"
        className="timeline__play"
        data-testid="timeline-play"
        aria-pressed={isPlaying}
        aria-label={t(isPlaying ? 'explorer-tools.timeline.pause' : 'explorer-tools.timeline.play')}
        title={t(isPlaying ? 'explorer-tools.timeline.pause' : 'explorer-tools.timeline.play')}
        onClick={togglePlay}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          {isPlaying ? (
            <path d="M4 3h3v10H4zM9 3h3v10H9z" fill="currentColor" />
          ) : (
            <path d="M4 2.5v11l9.5-5.5z" fill="currentColor" />
          )}
        </svg>
      </button>
      <div className="timeline__slider">
        <label className="timeline__label" htmlFor={`${id}-year`}>
          {t('explorer-tools.timeline.year')} <strong data-testid="timeline-year">{tahun}</strong>
        </label>
        <input
          id={`${id}-year`}
          type="range"
          data-testid="timeline-slider"
          min={0}
          max={years.length - 1}
          step={1}
          value={index}
          aria-valuetext={String(tahun)}
          onChange={(event) => {
            setIsPlaying(false)
            const year = years[Number(event.target.value)]
            if (year !== undefined) onYear(year)
          }}
        />
        <div className="timeline__ticks" aria-hidden="true">
          {years.map((year) => (
            <span key={year} className={year === tahun ? 'timeline__tick--current' : undefined}>
              {year}
            </span>
          ))}
        </div>
      </div>
      <div className="timeline__compare">
        <LabeledSelect
          className="timeline__label"
          label={t('explorer-tools.compare.with')}
          testId="compare-year"
          noneLabel={t('explorer-tools.compare.none')}
          options={compareYears.map((year) => ({ value: year, label: String(year) }))}
          value={props.compareTahun}
          onChange={props.onCompareYear}
        />
        {props.compareTahun !== null && (
          <SegmentedControl
            className="timeline__modes"
            label={t('explorer-tools.compare.modeLabel')}
            labelClassName="timeline__sr-only"
            buttonClassName="segmented-control__button"
            segments={COMPARE_MODES.map((mode) => ({
              value: mode,
              label: t(`explorer-tools.compare.modes.${mode}`),
              testId: `compare-mode-${mode}`,
            }))}
            value={props.compareMode}
            onChange={props.onCompareMode}
          />
        )}
      </div>
      <p className="timeline__sr-only" aria-live="polite">
        {isPlaying ? t('explorer-tools.timeline.playing', { year: tahun }) : ''}
      </p>
    </section>
  )
}
