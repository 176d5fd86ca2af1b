import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '../lib/language.ts'
import { SegmentedControl } from '../ui/segmented-control.tsx'

/** "ID | EN": two toggle buttons, the current language pressed. */
export function LanguageSwitch({
  language,
  onChange,
}: {
  language: Language
  onChange: (language: Language) => void
}): ReactElement {
  const { t } = useTranslation()
  return (
    <SegmentedControl
      className="language-switch"
      label={t('language.group')}
      buttonClassName="language-switch__button"
      segments={LANGUAGES.map((option) => ({
        value: option,
        label: option.toUpperCase(),
        lang: option,
        title: t(`language.${option}`),
        testId: `lang-${option}`,
      }))}
      value={language}
      onChange={onChange}
    />
  )
}
