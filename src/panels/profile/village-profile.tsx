import { type ReactElement, type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Village } from '../../data/snapshot.ts'
import type { Source } from '../../data/snapshot-schema.ts'
import { getSourceShortName } from '../../data/source-label.ts'
import { formatValue } from '../../indicators/format.ts'
import { localeOf } from '../../lib/language.ts'
import { FactList } from '../../ui/fact-list.tsx'
import type { VillageProfile as Profile } from './build-profile.ts'
import { LocatorMap } from './locator-map.tsx'
import type { LocatorPaths } from './locator-paths.ts'
import { ProfileGlance } from './profile-glance.tsx'
import { ProfileIndicatorTable } from './profile-indicator-table.tsx'
import '../../ui/title-row.css'
import './village-profile.css'
import { useLanguage } from '../../i18n/use-language.ts'
import './village-profile-print.css'
import { YearSelect } from '../../ui/year-select.tsx'

/** Width of the locator map in SVG units; it scales to its card. */
const LOCATOR_WIDTH = 320

/** Everything the profile page shows; derived by the screen. */
export interface VillageProfileProps {
  village: Village
  regionTitle: string
  /** The figures, or `null` when the snapshot publishes no indicators. */
  profile: Profile | null
  years: readonly number[]
  onYear: (tahun: number) => void
  locator: LocatorPaths | null
  /** The sources behind what is shown. */
  sources: readonly Source[]
  attribution: readonly string[]
  snapshotId: string
  createdAt: string
  isSynthetic: boolean
  /** The link back to the map, framed on this village (rendered by the app, which owns routing). */
  mapLink: ReactNode
  /** A notice about ignored URL values, when there is one. */
  notice?: ReactNode
}

/**
 * The printable profile of one village for one year: facts, the synthetic-data notice, IDM, Dana Desa
 * and programmes at a glance, a locator map, every indicator by theme beside the district and kabupaten
 * with rank and trend, and the sources.
 */
export function VillageProfile(props: VillageProfileProps): ReactElement {
  const { village, profile } = props
  const language = useLanguage()
  const { t } = useTranslation()
  const [isCopied, setIsCopied] = useState(false)
  const copyLink = (): void => {
    void navigator.clipboard?.writeText(window.location.href).then(
      () => setIsCopied(true),
      () => setIsCopied(false),
    )
  }
  const created = new Date(props.createdAt)
  const createdText = Number.isNaN(created.getTime())
    ? props.createdAt
    : created.toLocaleDateString(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric' })
  const locatorLabel = t('profile.glance.locatorLabel', {
    name: village.nama,
    kecamatan: village.kecamatan_nama,
    region: props.regionTitle,
  })
  const locator = props.locator ? (
    <LocatorMap paths={props.locator} label={locatorLabel} width={LOCATOR_WIDTH} />
  ) : null

  return (
    <article className="profile" data-testid="village-profile" lang={language}>
      {props.notice}
      <header className="title-row profile-header">
        <div className="profile-header__title">
          <p className="profile-header__eyebrow">
            {t('profile.eyebrow')} · {t(`region.${village.jenis}`)}
          </p>
          <h1 data-testid="profile-name">{village.nama}</h1>
          <p className="profile-header__subtitle">
            {t('region.kecamatanOf', { name: village.kecamatan_nama })} · {props.regionTitle}
          </p>
        </div>
        <div className="profile-header__actions">
          {props.years.length > 0 && profile && (
            <YearSelect
              className="profile-header__year"
              label={t('profile.year')}
              years={props.years}
              value={profile.tahun}
              onChange={props.onYear}
              testId="profile-year"
            />
          )}
          <button
            type="button"
            className="profile-button"
            data-testid="profile-print"
            onClick={() => window.print()}
          >
            {t('profile.print')}
          </button>
          <button type="button" className="profile-button" data-testid="profile-copy" onClick={copyLink}>
            {isCopied ? t('profile.copied') : t('profile.copyLink')}
          </button>
          {props.mapLink}
        </div>
      </header>

      <FactList
        className="profile-facts"
        facts={[
          { term: t('profile.facts.kode'), value: village.kode, valueClassName: 'profile-facts__code' },
          { term: t('profile.facts.jenis'), value: t(`region.${village.jenis}`) },
          { term: t('profile.facts.kecamatan'), value: village.kecamatan_nama, testId: 'profile-kecamatan' },
          {
            term: t('profile.facts.luas'),
            value: village.luas_km2 === null ? '—' : `${formatValue(village.luas_km2, language, 1)} km²`,
          },
        ]}
      />

      {props.isSynthetic && (
        <p className="profile-synthetic" role="note" data-testid="profile-synthetic">
          {t('profile.synthetic')}
        </p>
      )}

      {profile ? (
        <>
          <ProfileGlance profile={profile} locator={locator} />
          <h2 className="profile-indicators-title">{t('profile.indicators', { year: profile.tahun })}</h2>
          <p className="profile-note">
            {t('profile.rankHelp', { total: profile.groups[0]?.rows[0]?.rank.total ?? 0 })}
          </p>
          {profile.groups.map((group) => (
            <ProfileIndicatorTable
              key={group.theme}
              group={group}
              kecamatanName={village.kecamatan_nama}
              years={props.years}
            />
          ))}
        </>
      ) : (
        <>
          <p className="profile-note">{t('profile.noIndicators')}</p>
          {locator && <div className="profile-card">{locator}</div>}
        </>
      )}

      <footer className="profile-section profile-sources" data-testid="profile-sources">
        <h2>{t('profile.sources.title')}</h2>
        <ul>
          {props.sources.map((source) => (
            <li key={source.id}>
              {source.url ? (
                <a href={source.url} target="_blank" rel="noreferrer">
                  {getSourceShortName(source)}
                </a>
              ) : (
                <strong>{getSourceShortName(source)}</strong>
              )}
              {' — '}
              {source.name.includes(':') ? source.name.slice(source.name.indexOf(':') + 1).trim() : ''} (
              {t('profile.sources.licence', { licence: source.licence })})
            </li>
          ))}
        </ul>
        {props.attribution.map((line) => (
          <p key={line} className="profile-note">
            {line}
          </p>
        ))}
        <p className="profile-note">
          {t('profile.sources.snapshot', { id: props.snapshotId, date: createdText })}
        </p>
      </footer>
    </article>
  )
}
