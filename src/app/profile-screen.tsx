import { type ReactElement, useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { buildVillageProfile } from '../panels/profile/build-profile.ts'
import { buildLocatorPaths } from '../panels/profile/locator-paths.ts'
import { VillageProfile } from '../panels/profile/village-profile.tsx'
import { UrlNotice } from '../panels/url-notice/url-notice.tsx'
import { defineProfileView } from '../state/profile-view.ts'
import { VILLAGE_CODE } from '../state/view-state.ts'
import { getMapSearch } from './profile-link.ts'
import { RouteLink } from './route-link.tsx'
import type { ScreenProps } from './screen-props.ts'
import { useUrlState } from './use-url-state.ts'

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

/** The route `/desa/<kode>`: the village profile for the year in `?tahun=`, or "not found". */
export function ProfileScreen({
  kode,
  snapshot,
  indicatorData,
  regionTitle,
}: ScreenProps & { kode: string }): ReactElement {
  const { t } = useTranslation()
  const village = snapshot.villages.find((item) => item.kode === kode)
  const years = useMemo(() => indicatorData?.file.years ?? [], [indicatorData])
  const codec = useMemo(() => defineProfileView(years), [years])
  const { state, update, rejected, dismissRejected } = useUrlState(codec)
  const { tahun } = state
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
        onYear={(chosen) => update({ tahun: chosen })}
        locator={locator}
        sources={snapshot.manifest.sources.filter((source) => sourceIds.has(source.id))}
        attribution={snapshot.manifest.attribution ?? []}
        snapshotId={snapshot.manifest.snapshot_id}
        createdAt={snapshot.manifest.created_at}
        isSynthetic={isSynthetic}
        notice={rejected.length > 0 && <UrlNotice notices={rejected} onDismiss={dismissRejected} />}
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
