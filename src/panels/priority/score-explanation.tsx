import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../i18n/use-language.ts'
import { formatValue } from '../../indicators/format.ts'
import type { RankedVillage, ScoreComponents } from '../../priority/rank-villages.ts'
import { TableHead } from '../../ui/table-head.tsx'
import { type CriterionInfo, segmentColor } from './criterion-info.ts'

/** The table behind one village's score: value, comparable value and points per criterion. */
export function ScoreExplanation({
  item,
  components,
  criteria,
  quadrant,
}: {
  item: RankedVillage
  components: ScoreComponents
  /** The weighted criteria, in the ranking's order. */
  criteria: readonly CriterionInfo[]
  quadrant: string | null
}): ReactElement {
  const language = useLanguage()
  const { t } = useTranslation()
  return (
    <div className="score-explanation" data-testid="score-explanation">
      <table>
        <caption className="visually-hidden">
          {t('prioritas.list.explain', { name: item.village.nama })}
        </caption>
        <TableHead
          columns={[
            { label: t('prioritas.list.criterion') },
            { label: t('prioritas.list.value') },
            { label: t('prioritas.list.normalised') },
            { label: t('prioritas.list.contribution') },
          ]}
        />
        <tbody>
          {criteria.map((criterion, position) => (
            <tr key={criterion.id}>
              <th scope="row">
                <span className="score-explanation__key" style={{ background: segmentColor(position) }} />
                {criterion.label}
              </th>
              <td>
                {formatValue(components.values[position] ?? null, language, criterion.decimals)}{' '}
                {criterion.unit}
              </td>
              <td>{formatValue(components.normalised[position] ?? null, language, 2)}</td>
              <td>{formatValue(components.contributions[position] ?? null, language, 1)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('prioritas.list.total')}
            </th>
            <td>{formatValue(item.score, language, 1)}</td>
          </tr>
        </tfoot>
      </table>
      {quadrant && (
        <p className="score-explanation__quadrant">
          {t('prioritas.list.quadrant')}: {quadrant}
        </p>
      )}
    </div>
  )
}
