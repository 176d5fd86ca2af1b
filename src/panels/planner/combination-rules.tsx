import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProgramPair } from '../../data/planner/combination-rules.ts'
import type { VillageDisallowed } from '../../data/planner/disallowed-combinations.ts'
import type { ProgramCode } from '../../data/programs.ts'
import { HeadedTable } from '../../ui/headed-table.tsx'
import { useFormatNumber } from '../../ui/use-locale.ts'
import { CombinationRuleItem, programName } from './combination-rule-item.tsx'
import './planner-review.css'
import { LoadStatus } from './load-status.tsx'
import { PlannerCard } from './planner-card.tsx'
import type { ReviewContext } from './review-context.ts'
import { ReviewYearSelect } from './review-year-select.tsx'

/** The rules and, for one year, the villages with households in disallowed combinations. */
export type CombinationRulesState =
  | { status: 'loading' }
  | { status: 'ready'; pairs: ProgramPair[]; disallowed: VillageDisallowed[] | null }
  | { status: 'error'; message: string }

/**
 * The combination-rule editor: the ten program pairs with their rule and a toggle each, then the villages
 * whose households break a rule in the chosen year (counts of 1–4 withheld, as on the public map), and a
 * note that the public map follows at the next publication.
 */
export function CombinationRules({
  state,
  context,
  tahun,
  onYear,
  onChange,
}: {
  state: CombinationRulesState
  context: ReviewContext
  tahun: number | null
  onYear: (tahun: number) => void
  onChange: (
    programs: readonly [ProgramCode, ProgramCode],
    diizinkan: boolean,
    alasan: string,
  ) => Promise<void>
}): ReactElement {
  const { t } = useTranslation()
  const { isLocal, villageName } = context
  const number = useFormatNumber()
  const disallowed = state.status === 'ready' ? state.disallowed : null
  return (
    <PlannerCard texts="planner.rules" testId="combination-rules">
      <LoadStatus state={state} loading="planner.rules.loading" error="planner.rules.loadError" />
      {state.status === 'ready' && (
        <ul className="rule-list">
          {state.pairs.map((pair) => (
            <CombinationRuleItem
              key={pair.programs.join('+')}
              pair={pair}
              onChange={(diizinkan, alasan) => onChange(pair.programs, diizinkan, alasan)}
            />
          ))}
        </ul>
      )}
      <p className="review-note">{t('planner.rules.publicNote')}</p>
      <h4 className="planner-subtitle">{t('planner.rules.villagesTitle')}</h4>
      {tahun !== null && (
        <div className="review-filters">
          <ReviewYearSelect
            context={context}
            texts="planner.rules"
            value={tahun}
            onChange={onYear}
            testId="rules-year"
          />
        </div>
      )}
      {isLocal && <p className="review-note">{t('planner.rules.localNote')}</p>}
      {disallowed !== null && disallowed.length === 0 && !isLocal && <p>{t('planner.rules.noVillages')}</p>}
      {disallowed !== null && disallowed.length > 0 && (
        <>
          <p data-testid="disallowed-summary">
            {t('planner.rules.villagesSummary', {
              count: disallowed.length,
              households: number(disallowed.reduce((sum, village) => sum + village.shown, 0)),
            })}
          </p>
          <HeadedTable
            className="planner-table"
            testId="disallowed-villages"
            headings={[
              t('planner.rules.village'),
              t('planner.rules.combinations'),
              t('planner.rules.households'),
            ]}
            rows={disallowed}
            renderRow={(village) => (
              <tr key={village.kode}>
                <th scope="row">{villageName(village.kode)}</th>
                <td className="rule-combinations">
                  {village.combinations
                    .map(
                      (combination) =>
                        `${combination.programs.map(programName).join(' + ')}: ${
                          combination.jumlah_kk === null
                            ? t('planner.rules.withheld')
                            : number(combination.jumlah_kk)
                        }`,
                    )
                    .join('; ')}
                </td>
                <td>
                  {number(village.shown)}
                  {village.withheld > 0 && ` + ${t('planner.rules.withheld')}`}
                </td>
              </tr>
            )}
          />
        </>
      )}
    </PlannerCard>
  )
}
