import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from './language-switch.tsx'
import { RouteLink } from './route-link.tsx'
import { NAV_ROUTES, type Route } from './routes.ts'

/** The top bar: product name, region, the screens (when there is more than one) and the language switch. */
export function AppHeader({
  regionTitle,
  route,
}: {
  /** The region as it reads in the current language, e.g. "Kabupaten Kutai Timur". */
  regionTitle: string
  /** The current screen, marked in the navigation. */
  route: Route
}): ReactElement {
  const { t } = useTranslation()
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <svg className="app-header__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <rect width="32" height="32" rx="7" fill="currentColor" opacity="0.14" />
          <path
            d="M8 22 L13 9 L19 14 L24 8 L24 24 L8 24 Z"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinejoin="round"
          />
          <circle cx="16" cy="18" r="2.6" fill="currentColor" />
        </svg>
        <h1 className="app-header__title">
          <span className="app-header__name">{t('app.name')}</span>
          <span className="app-header__separator"> — </span>
          <span className="app-header__region">{regionTitle}</span>
        </h1>
      </div>
      {NAV_ROUTES.length > 1 && (
        <nav className="app-header__nav" aria-label={t('route.nav')}>
          {NAV_ROUTES.map((item) => (
            <RouteLink
              key={item.name}
              route={item}
              className="app-header__nav-link"
              isCurrent={item.name === route.name}
            >
              {t(`route.${item.name}`)}
            </RouteLink>
          ))}
        </nav>
      )}
      <LanguageSwitch />
    </header>
  )
}
