import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { VillageRef } from '../../import/workbench/match-village-names.ts'
import type { NameResolution } from '../../import/workbench/resolve-village-names.ts'
import { HeadedTable } from '../../ui/headed-table.tsx'
import { useFormatNumber } from '../../ui/use-locale.ts'

const describe = (village: VillageRef): string =>
  `${village.nama} (${village.kode}, Kec. ${village.kecamatan})`

/** Order on screen: proposals awaiting the planner, then refused names, then confirmed ones. */
function rank(name: NameResolution): number {
  if (name.match.status === 'proposed') return name.isConfirmed ? 2 : 0
  return 1
}

/**
 * The village names of a file that names villages instead of coding them: how many matched exactly, and
 * one row per other name with its rows in the file and what became of it. A proposal is used only once
 * the planner confirms it here (and can be withdrawn); names that match nothing or more than one village
 * are listed, and their rows stay refused.
 */
export function VillageNameMatches({
  names,
  onConfirm,
}: {
  names: readonly NameResolution[]
  onConfirm: (pairKey: string, kode: string | null) => void
}): ReactElement {
  const { t } = useTranslation()
  const number = useFormatNumber()
  const exact = names.filter((name) => name.match.status === 'exact')
  const others = names.filter((name) => name.match.status !== 'exact').sort((a, b) => rank(a) - rank(b))
  const outcome = (name: NameResolution): string => {
    const { match } = name
    switch (match.status) {
      case 'exact':
      case 'proposed':
        return t(name.isConfirmed ? 'impor.names.confirmed' : 'impor.names.proposed', {
          village: describe(match.village),
        })
      case 'ambiguous':
        return t('impor.names.ambiguous', { villages: match.candidates.map(describe).join('; ') })
      case 'wrong_kecamatan':
        return t('impor.names.wrongKecamatan', { villages: match.found.map(describe).join('; ') })
      case 'kecamatan_unknown':
        return t('impor.names.kecamatanUnknown')
      case 'unknown':
        return t('impor.names.unknown')
    }
  }
  return (
    <section className="planner-card" data-testid="import-names">
      <h3>{t('impor.names.title')}</h3>
      <p>
        {t('impor.names.summary', {
          exact: number(exact.length),
          rows: number(exact.reduce((sum, name) => sum + name.rows, 0)),
          others: number(others.length),
        })}
      </p>
      {others.length > 0 && (
        <HeadedTable
          className="import-table"
          headings={[t('impor.names.inFile'), t('impor.names.rows'), t('impor.names.outcome'), '']}
          rows={others}
          renderRow={(name) => (
            <tr
              key={name.key}
              data-testid="import-name"
              data-desa={name.desa}
              data-status={name.match.status}
              data-confirmed={name.isConfirmed}
            >
              <td>
                {name.desa}
                {name.kecamatan !== null && <span className="import-english"> · {name.kecamatan}</span>}
              </td>
              <td>{t('impor.names.rowsAt', { rows: number(name.rows), first: name.firstRow })}</td>
              <td>{outcome(name)}</td>
              <td>
                {name.match.status === 'proposed' && (
                  <button
                    type="button"
                    className={`button${name.isConfirmed ? ' button--secondary' : ''}`}
                    data-testid="import-name-confirm"
                    onClick={() =>
                      name.match.status === 'proposed' &&
                      onConfirm(name.key, name.isConfirmed ? null : name.match.village.kode)
                    }
                  >
                    {t(name.isConfirmed ? 'impor.names.withdraw' : 'impor.names.confirm')}
                  </button>
                )}
              </td>
            </tr>
          )}
        />
      )}
    </section>
  )
}
