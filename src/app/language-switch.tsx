import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../i18n/use-language.ts'
import { LANGUAGES } from '../lib/language.ts'
import { SegmentedControl } from '../ui/segmented-control.tsx'

/** "ID | EN": two toggle buttons, the current language pressed; a press switches i18next's language. */
export function LanguageSwitch(): ReactElement {
  const { t, i18n } = useTranslation()
  const language = useLanguage()
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
      onChange={(next) => void i18n.changeLanguage(next)}
    />
  )
}
