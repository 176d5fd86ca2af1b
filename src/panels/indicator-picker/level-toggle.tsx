import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { LEVELS, type Level } from '../../state/view-state.ts'
import { SegmentedControl } from '../../ui/segmented-control.tsx'
import '../../ui/segmented-control.css'

/** Two pressed-state buttons choosing the level the map colours: villages or districts. */
export function LevelToggle({
  level,
  onLevel,
}: {
  level: Level
  onLevel: (level: Level) => void
}): ReactElement {
  const { t } = useTranslation()
  return (
    <SegmentedControl
      className="picker__levels"
      label={t('picker.level')}
      labelClassName="picker__levels-title"
      buttonClassName="segmented-control__button"
      segments={LEVELS.map((item) => ({
        value: item,
        label: t(`picker.levels.${item}`),
        testId: `level-${item}`,
      }))}
      value={level}
      onChange={onLevel}
    />
  )
}
