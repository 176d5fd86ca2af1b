import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { LEVELS, type Level } from '../../state/view-state.ts'

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
    <fieldset className="picker__levels">
      <legend className="picker__levels-title">{t('picker.level')}</legend>
      {LEVELS.map((item) => (
        <button
          key={item}
          type="button"
          className="picker__level"
          data-testid={`level-${item}`}
          aria-pressed={item === level}
          onClick={() => onLevel(item)}
        >
          {t(`picker.levels.${item}`)}
        </button>
      ))}
    </fieldset>
  )
}
