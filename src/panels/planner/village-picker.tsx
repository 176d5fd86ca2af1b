import { type ReactElement, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { FollowUp } from '../../data/planner/follow-up.ts'
import type { Village } from '../../data/snapshot.ts'

/** Chooses a village, grouped by kecamatan; villages with a follow-up show its status. */
export function VillagePicker({
  villages,
  value,
  latest,
  onChange,
}: {
  villages: readonly Village[]
  value: string
  latest: ReadonlyMap<string, FollowUp>
  onChange: (kode: string) => void
}): ReactElement {
  const { t } = useTranslation()
  const groups = useMemo(() => {
    const byKecamatan = new Map<string, Village[]>()
    for (const village of villages) {
      const list = byKecamatan.get(village.kecamatan_nama) ?? []
      list.push(village)
      byKecamatan.set(village.kecamatan_nama, list)
    }
    return [...byKecamatan.entries()]
  }, [villages])
  return (
    <label className="planner-field">
      <span>{t('planner.village.label')}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)} data-testid="village-picker">
        {groups.map(([kecamatan, list]) => (
          <optgroup key={kecamatan} label={kecamatan}>
            {list.map((village) => {
              const status = latest.get(village.kode)?.status
              return (
                <option key={village.kode} value={village.kode}>
                  {village.nama}
                  {status ? ` — ${t(`planner.followUp.${status}`)}` : ''}
                </option>
              )
            })}
          </optgroup>
        ))}
      </select>
    </label>
  )
}
