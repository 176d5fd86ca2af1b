import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { RouteLink } from './route-link.tsx'

/** A path that names no screen: says so, and links to the map. */
export function NotFoundScreen({ path }: { path: string }): ReactElement {
  const { t } = useTranslation()
  return (
    <div className="status">
      <section className="status__card" role="alert" data-testid="not-found">
        <h2>{t('route.notFoundTitle')}</h2>
        <p>{t('route.notFoundBody', { path })}</p>
        <RouteLink route={{ name: 'explorer' }} className="button">
          {t('route.backToMap')}
        </RouteLink>
      </section>
    </div>
  )
}
