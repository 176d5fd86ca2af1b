import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { IMPORT_KINDS, type ImportKind } from '../../import/import-kinds.ts'
import { type ColumnMapping, mappingProblems, proposeMapping } from '../../import/workbench/column-mapping.ts'
import { mappableColumns } from '../../import/workbench/village-name-columns.ts'
import { HeadedTable } from '../../ui/headed-table.tsx'
import { LabeledSelect } from '../../ui/labeled-select.tsx'

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
      <LabeledSelect
        label={t('impor.kind')}
        testId="import-kind"
        options={IMPORT_KINDS.map((item) => ({ value: item, label: t(`impor.kinds.${item}`) }))}
        value={kind}
        onChange={(next) => onChange(next, proposeMapping(next, header).mapping)}
      />
      <h3>{t('impor.mapping')}</h3>
      <HeadedTable
        className="import-table"
        headings={[t('impor.fileColumn'), t('impor.contractColumn')]}
        rows={header}
        renderRow={(name, at) => (
          // Header names may repeat: the position is the column.
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
        )}
      />
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
