import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExplorerTab } from '../../state/explorer-tab.ts'
import { SegmentedControl } from '../../ui/segmented-control.tsx'
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
    <SegmentedControl
      className="explorer-tabs"
      testId="explorer-tabs"
      label={t('table.tabs.label')}
      labelClassName="visually-hidden"
      buttonClassName="explorer-tabs__button"
      segments={TABS.map((item) => ({ value: item, label: t(`table.tabs.${item}`), testId: `tab-${item}` }))}
      value={tab}
      onChange={onChange}
    />
  )
}
