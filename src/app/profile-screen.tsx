import { type ReactElement, useEffect, useLayoutEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { buildVillageProfile } from '../panels/profile/build-profile.ts'
import { buildLocatorPaths } from '../panels/profile/locator-paths.ts'
import { VillageProfile } from '../panels/profile/village-profile.tsx'
import { UrlNotice } from '../panels/url-notice/url-notice.tsx'
import { readProfileYear } from '../state/profile-year.ts'
import { VILLAGE_CODE } from '../state/view-state.ts'
import { getMapSearch } from './profile-link.ts'
import { RouteLink } from './route-link.tsx'
import type { ScreenProps } from './screen-props.ts'

/** Sources every profile credits: the boundaries and the codes and names, whatever the figures. */
const AREA_SOURCE_IDS = ['boundaries', 'names']

/** "Desa tidak ditemukan", saying whether the code was malformed or unknown, with a link to the map. */
function ProfileNotFound({ kode, regionTitle }: { kode: string; regionTitle: string }): ReactElement {
  const { t } = useTranslation()
  const reason = VILLAGE_CODE.test(kode) ? 'unknown' : 'invalid'
  return (
    <div className="status">
      <section className="status__card" role="alert" data-testid="not-found">
        <h2>{t('profile.notFound.title')}</h2>
        <p>{t(`profile.notFound.${reason}`, { kode, region: regionTitle })}</p>
        <RouteLink route={{ name: 'explorer' }} className="button">
          {t('route.backToMap')}
        </RouteLink>
      </section>
    </div>
  )
}

/** Writes the profile year into the address bar (`?t=`), keeping the other parameters. */
function replaceYear(tahun: number): void {
  const params = new URLSearchParams(window.location.search)
  params.set('t', String(tahun))
  window.history.replaceState(window.history.state, '', `${window.location.pathname}?${params.toString()}`)
}

/** The route `/desa/<kode>`: the village profile for the year in `?t=`, or "not found". */
export function ProfileScreen({
  kode,
  snapshot,
  indicatorData,
  regionTitle,
}: ScreenProps & { kode: string }): ReactElement {
  const { t } = useTranslation()
  const village = snapshot.villages.find((item) => item.kode === kode)
  const years = indicatorData?.file.years ?? []
  const [initial] = useState(() => readProfileYear(window.location.search, years))
  const [tahun, setTahun] = useState(initial.tahun)
  const [notices, setNotices] = useState(initial.notice ? [initial.notice] : [])

  // A layout effect: the address bar changes in the same task as the screen, so a link copied (or a
  // reload made) right after a change already holds it.
  useLayoutEffect(() => {
    if (tahun !== null) replaceYear(tahun)
  }, [tahun])
  useEffect(() => {
    if (village) document.title = `${t('profile.documentTitle', { name: village.nama })} — ${regionTitle}`
  }, [t, village, regionTitle])

  const profile = useMemo(
    () =>
      village && indicatorData && tahun !== null
        ? buildVillageProfile({
            data: indicatorData,
            village,
            villageCodes: snapshot.villages.map((item) => item.kode),
            regionKode: snapshot.region.kode,
            tahun,
          })
        : null,
    [village, indicatorData, tahun, snapshot],
  )
  const locator = useMemo(() => {
    const feature = snapshot.villageShapes.features.find((item) => item.properties.kode === kode)
    if (!feature) return null
    return buildLocatorPaths(
      snapshot.kabupatenShapes.features.map((item) => item.geometry),
      snapshot.kecamatanShapes.features.map((item) => ({
        kode: item.properties.kode,
        geometry: item.geometry,
      })),
      {
        kecamatanKode: feature.properties.kecamatan_kode,
        geometry: feature.geometry,
        labelPoint: [feature.properties.label_lng, feature.properties.label_lat],
      },
      320,
    )
  }, [snapshot, kode])

  if (!village) return <ProfileNotFound kode={kode} regionTitle={regionTitle} />
  const sourceIds = new Set([...AREA_SOURCE_IDS, ...(profile?.sourceIds ?? [])])
  const isSynthetic =
    profile?.groups.some((group) => group.rows.some((row) => row.indicator.synthetic)) ?? false
  return (
    <div className="profile-scroll">
      <VillageProfile
        village={village}
        regionTitle={regionTitle}
        profile={profile}
        years={years}
        onYear={setTahun}
        locator={locator}
        sources={snapshot.manifest.sources.filter((source) => sourceIds.has(source.id))}
        attribution={snapshot.manifest.attribution ?? []}
        snapshotId={snapshot.manifest.snapshot_id}
        createdAt={snapshot.manifest.created_at}
        isSynthetic={isSynthetic}
        notice={notices.length > 0 && <UrlNotice notices={notices} onDismiss={() => setNotices([])} />}
        mapLink={
          <RouteLink
            route={{ name: 'explorer' }}
            search={getMapSearch(village.kode, tahun)}
            className="profile-map-link"
          >
            {t('profile.backToMap')}
          </RouteLink>
        }
      />
    </div>
  )
}
