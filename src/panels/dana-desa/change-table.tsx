import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { Simulation } from '../../dana-desa/simulate.ts'
import { useLanguage } from '../../i18n/use-language.ts'
import { formatRupiah, formatSignedPercent } from '../../indicators/format.ts'
import { TableHead } from '../../ui/table-head.tsx'
import { changeClass } from './village-breakdown.tsx'
import './change-table.css'

/**
 * Gainers and losers: every desa with its published and simulated pagu and the change, largest gain
 * first. A row click selects the desa on the map.
 */
export function ChangeTable({
  simulation,
  names,
  selected,
  onSelect,
}: {
  simulation: Simulation
  names: ReadonlyMap<string, { nama: string; kecamatan: string }>
  selected: string | null
  onSelect: (kode: string) => void
}): ReactElement {
  const language = useLanguage()
  const { t } = useTranslation()
  const rows = [...simulation.villages].sort((a, b) => b.change - a.change || (a.kode < b.kode ? -1 : 1))
  const compact = (value: number, isSigned = false): string =>
    formatRupiah(value, language, { isCompact: true, isSigned })
  return (
    <div className="dd-table-wrap">
      <p className="dd-summary" data-testid="dd-summary">
        {t('dana-desa.table.summary', {
          gainers: simulation.gainers,
          losers: simulation.losers,
          moved: compact(simulation.moved),
          total: compact(simulation.total),
        })}
      </p>
      <div className="dd-table-scroll">
        <table className="dd-table" data-testid="dd-change-table">
          <TableHead
            numericClassName="dd-num"
            columns={[
              { label: t('dana-desa.table.desa') },
              { label: t('dana-desa.table.published'), isNumeric: true },
              { label: t('dana-desa.table.simulated'), isNumeric: true },
              { label: t('dana-desa.table.change'), isNumeric: true },
              { label: '%', isNumeric: true },
            ]}
          />
          <tbody>
            {rows.map((row) => {
              const name = names.get(row.kode)
              return (
                <tr
                  key={row.kode}
                  data-kode={row.kode}
                  className={row.kode === selected ? 'dd-table__row--selected' : undefined}
                >
                  <th scope="row">
                    <button type="button" className="dd-link" onClick={() => onSelect(row.kode)}>
                      {name?.nama ?? row.kode}
                    </button>
                    <span className="dd-table__meta">{name?.kecamatan}</span>
                  </th>
                  <td className="dd-num">{compact(row.published.pagu)}</td>
                  <td className="dd-num">{compact(row.simulated.pagu)}</td>
                  <td className={`dd-num ${changeClass(row.change)}`}>{compact(row.change, true)}</td>
                  <td className={`dd-num ${changeClass(row.change)}`}>
                    {formatSignedPercent(row.changePercent, language, 2).replace(' %', '')}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </div>
  )
}
