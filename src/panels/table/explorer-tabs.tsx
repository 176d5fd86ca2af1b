import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExplorerTab } from '../../state/explorer-tab.ts'
import './explorer-tabs.css'

const TABS: readonly ExplorerTab[] = ['map', 'table']

/**
 * The Map | Table switch of the explorer (as OWID Grapher's tabs). Two toggle buttons rather than an
 * ARIA tablist: the table is not a separate panel of the map but the same view in another form.
 */
export function ExplorerTabs({
  tab,
  onChange,
}: {
  tab: ExplorerTab
  onChange: (tab: ExplorerTab) => void
}): ReactElement {
  const { t } = useTranslation()
  return (
    <fieldset className="explorer-tabs" data-testid="explorer-tabs">
      <legend className="visually-hidden">{t('table.tabs.label')}</legend>
      {TABS.map((item) => (
        <button
          key={item}
          type="button"
          className="explorer-tabs__button"
          data-testid={`tab-${item}`}
          aria-pressed={item === tab}
          onClick={() => onChange(item)}
        >
          {t(`table.tabs.${item}`)}
        </button>
      ))}
    </fieldset>
  )
}
