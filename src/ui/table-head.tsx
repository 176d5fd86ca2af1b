import type { ReactElement } from 'react'

/** One column heading of a {@link TableHead}. */
export interface ColumnHeading {
  label: string
  /** A column of figures: its heading takes the table's numeric class (right-aligned). */
  isNumeric?: boolean
}

/**
 * A table's header row: one `scope="col"` heading per column, in order; a numeric column's heading
 * takes `numericClassName`, the class the table's own stylesheet right-aligns figures with.
 */
export function TableHead({
  columns,
  numericClassName,
}: {
  columns: readonly ColumnHeading[]
  numericClassName?: string
}): ReactElement {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column.label} scope="col" className={column.isNumeric ? numericClassName : undefined}>
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  )
}
