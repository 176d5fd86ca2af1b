import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { IMPORT_KINDS, type ImportKind } from '../../import/import-kinds.ts'
import { type ColumnMapping, mappingProblems, proposeMapping } from '../../import/workbench/column-mapping.ts'
import { mappableColumns } from '../../import/workbench/village-name-columns.ts'
import { TableHead } from '../../ui/table-head.tsx'

/** The spreadsheet letter of column `index` (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let letters = ''
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters
  }
  return letters
}

/**
 * The kind picker and one row per file column: its header, a sample letter, and the data column it holds
 * (or "ignore"). Changing the kind proposes that kind's mapping afresh.
 */
export function ColumnMappingTable({
  header,
  kind,
  mapping,
  onChange,
}: {
  header: readonly string[]
  kind: ImportKind
  mapping: ColumnMapping
  onChange: (kind: ImportKind, mapping: ColumnMapping) => void
}): ReactElement {
  const { t } = useTranslation()
  const problems = mappingProblems(kind, mapping)
  return (
    <section className="planner-card" data-testid="import-mapping">
      <label>
        {t('impor.kind')}{' '}
        <select
          data-testid="import-kind"
          value={kind}
          onChange={(event) => {
            const next = event.target.value as ImportKind
            onChange(next, proposeMapping(next, header).mapping)
          }}
        >
          {IMPORT_KINDS.map((item) => (
            <option key={item} value={item}>
              {t(`impor.kinds.${item}`)}
            </option>
          ))}
        </select>
      </label>
      <h3>{t('impor.mapping')}</h3>
      <table className="import-table">
        <TableHead columns={[{ label: t('impor.fileColumn') }, { label: t('impor.contractColumn') }]} />
        <tbody>
          {header.map((name, at) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: header names may repeat; the position is the column
            <tr key={`${at}-${name}`}>
              <td>
                {columnLetter(at)} · {name}
              </td>
              <td>
                <select
                  data-testid="import-map"
                  data-column={name}
                  value={mapping[at] ?? ''}
                  onChange={(event) => {
                    const next = [...mapping]
                    next[at] = event.target.value === '' ? null : event.target.value
                    onChange(kind, next)
                  }}
                >
                  <option value="">{t('impor.ignore')}</option>
                  {mappableColumns(kind).map((column) => (
                    <option key={column.name} value={column.name}>
                      {column.name}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.missing.length > 0 && (
        <p className="planner-error" data-testid="import-missing">
          {t('impor.missing', { columns: problems.missing.join(', ') })}
        </p>
      )}
      {problems.doubled.length > 0 && (
        <p className="planner-error">{t('impor.doubled', { columns: problems.doubled.join(', ') })}</p>
      )}
    </section>
  )
}
