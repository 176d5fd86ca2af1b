import type { ReactElement } from 'react'
import { TableHead } from './table-head.tsx'

/**
 * A table of `rows` under one header row: `headings` in column order (already translated; '' for a
 * column of buttons), then one `<tr>` per row as `renderRow` draws it, with its own key and test ids.
 */
export function HeadedTable<Row>({
  className,
  testId,
  headings,
  rows,
  renderRow,
}: {
  className: string
  testId?: string
  headings: readonly string[]
  rows: readonly Row[]
  renderRow: (row: Row, index: number) => ReactElement
}): ReactElement {
  return (
    <table className={className} data-testid={testId}>
      <TableHead columns={headings.map((label) => ({ label }))} />
      <tbody>{rows.map(renderRow)}</tbody>
    </table>
  )
}
