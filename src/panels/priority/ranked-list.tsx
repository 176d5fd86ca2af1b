import { type ReactElement, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import './ranked-list.css'
import { useLanguage } from '../../i18n/use-language.ts'
import { formatValue } from '../../indicators/format.ts'
import { TOP_LIMITS } from '../../priority/priority-settings.ts'
import { describeScore, type Ranking } from '../../priority/rank-villages.ts'
import { LabeledSelect } from '../../ui/labeled-select.tsx'
import type { CriterionInfo } from './criterion-info.ts'
import { ScoreBar } from './score-bar.tsx'
import { ScoreExplanation } from './score-explanation.tsx'
import { UnrankedList } from './unranked-list.tsx'

/** The list's downloads, in the order of their buttons. */
const EXPORT_FORMATS = ['csv', 'xlsx'] as const
type ExportFormat = (typeof EXPORT_FORMATS)[number]

const TOP_OPTIONS = [5, 10, 15, 20, 30, TOP_LIMITS.max] as const

/**
 * The ranked villages, highest priority first, each with its score bar; the open one shows how its
 * score is made. The top N carry the same numbered marker as the map. Unranked villages follow, with
 * their reasons.
 */
export function RankedList({
  ranking,
  criteria,
  selected,
  top,
  quadrantOf,
  exportState,
  onSelect,
  onTop,
  onExport,
  onHover,
}: {
  ranking: Ranking
  /** The weighted criteria, in the ranking's order. */
  criteria: readonly CriterionInfo[]
  selected: string | null
  top: number
  quadrantOf: (kode: string) => string | null
  exportState: { status: 'idle' | 'working' } | { status: 'failed'; message: string }
  onSelect: (kode: string | null) => void
  onTop: (top: number) => void
  onExport: (format: ExportFormat) => void
  /** The village under the pointer or keyboard focus in the list, or `null`: the map rings it. */
  onHover: (kode: string | null) => void
}): ReactElement {
  const language = useLanguage()
  const { t } = useTranslation()
  const selectedRef = useRef<HTMLLIElement>(null)
  useEffect(() => {
    if (selected !== null) selectedRef.current?.scrollIntoView({ block: 'nearest' })
  }, [selected])
  const options = TOP_OPTIONS.includes(top as (typeof TOP_OPTIONS)[number])
    ? TOP_OPTIONS
    : [...TOP_OPTIONS, top].sort((a, b) => a - b)
  const methodName = t(`prioritas.score.methodInline.${ranking.normalisation}`)
  const isWorking = exportState.status === 'working'
  return (
    <section className="ranked-list" data-testid="ranked-list" aria-labelledby="ranked-list-title">
      <header className="ranked-list__header">
        <div className="ranked-list__heading">
          <h2 id="ranked-list-title">{t('prioritas.list.title')}</h2>
          <span className="ranked-list__count" data-testid="ranked-count">
            {t('prioritas.list.rankedCount', { count: ranking.ranked.length })}
          </span>
        </div>
        <div className="ranked-list__tools">
          <LabeledSelect
            className="priority-inline"
            label={t('prioritas.list.top')}
            testId="top-select"
            options={options.map((count) => ({
              value: count,
              label: t('prioritas.list.topOption', { count }),
            }))}
            value={top}
            onChange={onTop}
          />
          <div className="ranked-list__export" title={t('prioritas.export.title')}>
            {EXPORT_FORMATS.map((format) => (
              <button
                key={format}
                type="button"
                className="priority-button"
                data-testid={`export-${format}`}
                disabled={isWorking}
                onClick={() => onExport(format)}
              >
                ⤓ {t(`prioritas.export.${format}`)}
              </button>
            ))}
          </div>
        </div>
        {exportState.status === 'working' && <p className="priority-help">{t('prioritas.export.working')}</p>}
        {exportState.status === 'failed' && (
          <p className="priority-error" role="alert">
            {t('prioritas.export.failed', { message: exportState.message })}
          </p>
        )}
        {ranking.criteria.length > 0 && (
          <p className="ranked-list__formula">
            {t('prioritas.score.formula', { method: methodName, count: ranking.ranked.length })}
          </p>
        )}
      </header>
      {ranking.criteria.length === 0 ? (
        <p className="ranked-list__empty">{t('prioritas.score.noWeights')}</p>
      ) : ranking.ranked.length === 0 && ranking.unranked.length === 0 ? (
        <p className="ranked-list__empty">{t('prioritas.list.empty')}</p>
      ) : (
        <ol className="ranked-list__items">
          {ranking.ranked.map((item, position) => {
            const isSelected = item.village.kode === selected
            const isTop = position < top
            const isTied =
              ranking.ranked[position - 1]?.rank === item.rank ||
              ranking.ranked[position + 1]?.rank === item.rank
            const score = formatValue(item.score, language, 1)
            return (
              <li
                key={item.village.kode}
                ref={isSelected ? selectedRef : undefined}
                className={`ranked-row${isTop ? ' is-top' : ''}${isSelected ? ' is-selected' : ''}`}
                data-testid="rank-row"
                data-kode={item.village.kode}
                data-rank={item.rank}
              >
                <button
                  type="button"
                  className="ranked-row__button"
                  aria-expanded={isSelected}
                  onClick={() => onSelect(isSelected ? null : item.village.kode)}
                  onMouseEnter={() => onHover(item.village.kode)}
                  onMouseLeave={() => onHover(null)}
                  onFocus={() => onHover(item.village.kode)}
                  onBlur={() => onHover(null)}
                >
                  <span className="ranked-row__rank">
                    <span className="visually-hidden">{t('prioritas.list.rank', { rank: item.rank })}</span>
                    <span aria-hidden="true">{item.rank}</span>
                  </span>
                  <span className="ranked-row__name">
                    <span className="ranked-row__village" data-testid="rank-name">
                      {item.village.nama}
                    </span>
                    <span className="ranked-row__meta">
                      {t(`region.${item.village.jenis}`)} ·{' '}
                      {t('prioritas.list.kecamatanOf', { name: item.village.kecamatan_nama })}
                    </span>
                  </span>
                  <span className="ranked-row__score">
                    <span data-testid="rank-score">{score}</span>
                    {isTied && <span className="ranked-row__tied">{t('prioritas.list.tied')}</span>}
                  </span>
                  <ScoreBar
                    contributions={describeScore(ranking, item).contributions}
                    label={t('prioritas.list.scoreOf', { score })}
                  />
                </button>
                {isSelected && (
                  <ScoreExplanation
                    item={item}
                    components={describeScore(ranking, item)}
                    criteria={criteria}
                    quadrant={quadrantOf(item.village.kode)}
                  />
                )}
              </li>
            )
          })}
        </ol>
      )}
      {ranking.unranked.length > 0 && (
        <UnrankedList
          unranked={ranking.unranked}
          criteria={criteria}
          selected={selected}
          onSelect={onSelect}
        />
      )}
    </section>
  )
}
