import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '../lib/language.ts'

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
    <fieldset className="language-switch" aria-label={t('language.group')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__button"
          aria-pressed={option === language}
          title={t(`language.${option}`)}
          aria-label={t(`language.${option}`)}
          data-testid={`lang-${option}`}
          onClick={() => onChange(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </fieldset>
  )
}
