import type { ReactElement } from 'react'

/** One row of the legend. */
export interface LegendItem {
  color: string
  label: string
}

/** A compact legend: a title and colour swatches with their labels, lowest class first. */
export function MapLegend({ title, items }: { title: string; items: readonly LegendItem[] }): ReactElement {
  return (
    <section className="dd-legend" aria-label={title}>
      <h3 className="dd-legend__title">{title}</h3>
      <ul className="dd-legend__items">
        {items.map((item) => (
          <li key={`${item.color}-${item.label}`} className="dd-legend__item">
            <span className="dd-legend__swatch" style={{ background: item.color }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
      </ul>
    </section>
  )
}
