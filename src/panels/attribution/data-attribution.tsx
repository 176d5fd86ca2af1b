import { Fragment, type ReactElement, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { DisclosureButton, useDisclosure } from '../../ui/disclosure-button.tsx'
import type { AttributionContent } from './build-attribution.ts'
import './data-attribution.css'

/**
 * The credits the data licences ask for, always visible on the map: a line with each source's name,
 * and on request the full attribution texts of the snapshot. `isExpandedByDefault` opens the full
 * texts (the caller does so on wide screens while no details panel repeats them); the user's toggle
 * wins until that default changes.
 */
export function DataAttribution({
  content,
  snapshotId,
  isExpandedByDefault,
}: {
  content: AttributionContent
  snapshotId: string
  isExpandedByDefault: boolean
}): ReactElement {
  const { t } = useTranslation()
  const full = useDisclosure(isExpandedByDefault)
  const { isExpanded, setIsExpanded } = full
  useEffect(() => setIsExpanded(isExpandedByDefault), [isExpandedByDefault, setIsExpanded])
  return (
    <div className="attribution" data-testid="attribution">
      {isExpanded && (
        <div id={full.panelId} className="attribution__full">
          {content.credits.map((credit) => (
            <p key={credit}>{credit}</p>
          ))}
          <p className="attribution__snapshot">{t('attribution.snapshot', { id: snapshotId })}</p>
        </div>
      )}
      <div className="attribution__line">
        <span className="attribution__label">{t('attribution.label')}:</span>
        <span className="attribution__sources">
          {content.links.map((link, index) => (
            <Fragment key={link.name}>
              {index > 0 && ' · '}
              {link.url ? (
                <a href={link.url} target="_blank" rel="noreferrer">
                  {link.name}
                </a>
              ) : (
                <span>{link.name}</span>
              )}
            </Fragment>
          ))}
        </span>
        <DisclosureButton
          disclosure={full}
          className="attribution__toggle"
          label={t(isExpanded ? 'attribution.less' : 'attribution.more')}
        >
          i
        </DisclosureButton>
      </div>
    </div>
  )
}
