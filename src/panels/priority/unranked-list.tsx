import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ValueStatus } from '../../data/indicators.ts'
import type { UnrankedVillage } from '../../priority/rank-villages.ts'
import type { CriterionInfo } from './criterion-info.ts'

const STATUS_KEYS: Record<Exclude<ValueStatus, 'ada'>, string> = {
  ditahan: 'legend.withheld',
  tidak_ada: 'legend.noData',
  tidak_berlaku: 'legend.notApplicable',
}

/** Villages that cannot be ranked, each with the weighted inputs it lacks and why. */
export function UnrankedList({
  unranked,
  criteria,
  selected,
  onSelect,
}: {
  unranked: readonly UnrankedVillage[]
  criteria: readonly CriterionInfo[]
  selected: string | null
  onSelect: (kode: string | null) => void
}): ReactElement {
  const { t } = useTranslation()
  const labelOf = (id: string): string => criteria.find((item) => item.id === id)?.label ?? id
  return (
    <section className="unranked-list" data-testid="unranked-list" aria-labelledby="unranked-title">
      <h3 id="unranked-title">{t('prioritas.list.unrankedTitle', { count: unranked.length })}</h3>
      <p className="priority-help">{t('prioritas.list.unrankedHelp')}</p>
      <ul>
        {unranked.map((item) => (
          <li
            key={item.village.kode}
            className={`unranked-row${item.village.kode === selected ? ' is-selected' : ''}`}
            data-testid="unranked-row"
            data-kode={item.village.kode}
          >
            <button
              type="button"
              className="unranked-row__button"
              onClick={() => onSelect(item.village.kode === selected ? null : item.village.kode)}
            >
              <span className="ranked-row__village">{item.village.nama}</span>
              <span className="unranked-row__reason" data-testid="unranked-reason">
                {item.reasons
                  .map((reason) =>
                    t('prioritas.list.reason', {
                      criterion: labelOf(reason.criterion),
                      status: t(STATUS_KEYS[reason.status]),
                    }),
                  )
                  .join('; ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
