import { type ReactElement, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportEffect } from '../../data/planner/import-workbench.ts'
import type { Village } from '../../data/snapshot.ts'
import { useLanguage } from '../../i18n/use-language.ts'
import { localeOf } from '../../lib/language.ts'
import { TableHead } from '../../ui/table-head.tsx'

/**
 * The effect per village, as the database computed it by running the commit and rolling it back: rows
 * before and after, added, replaced, removed, households in desil 1–4. A whole-period replacement asks for
 * its row count typed back before Save is enabled.
 */
export function ImportPreview({
  effect,
  villages,
  committed,
  onCommit,
}: {
  effect: ImportEffect
  villages: readonly Village[]
  /** True once saved: the table then reports, and Save is gone. */
  committed: boolean
  onCommit?: (confirmedRows: number | null) => void
}): ReactElement {
  const language = useLanguage()
  const { t } = useTranslation()
  const [typed, setTyped] = useState('')
  const number = (value: number) => value.toLocaleString(localeOf(language))
  const names = new Map(villages.map((village) => [village.kode, village.nama]))
  const confirmed = !effect.whole_periods || typed.trim() === String(effect.planned_rows)
  return (
    <section className="planner-card" data-testid={committed ? 'import-done-effect' : 'import-preview'}>
      <h3>{t('impor.preview')}</h3>
      <table className="import-table">
        <TableHead
          columns={[
            { label: t('impor.village') },
            { label: t('impor.before') },
            { label: t('impor.after') },
            { label: t('impor.added') },
            { label: t('impor.replaced') },
            { label: t('impor.removed') },
            { label: `${t('impor.desil14')} (${t('impor.before')} → ${t('impor.after')})` },
          ]}
        />
        <tbody>
          {effect.villages.map((village) => (
            <tr
              key={village.kode_desa}
              data-testid="import-village"
              data-kode={village.kode_desa}
              data-before={village.sebelum}
              data-after={village.sesudah}
              data-desil14-before={village.desil14_sebelum}
              data-desil14-after={village.desil14_sesudah}
            >
              <td>
                {names.get(village.kode_desa) ?? ''} ({village.kode_desa})
              </td>
              <td>{number(village.sebelum)}</td>
              <td>{number(village.sesudah)}</td>
              <td>{number(village.ditambah)}</td>
              <td>{number(village.diganti)}</td>
              <td>{number(village.dihapus)}</td>
              <td>
                {number(village.desil14_sebelum)} → {number(village.desil14_sesudah)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!committed && effect.whole_periods && (
        <label className="import-choice">
          {t('impor.confirmWhole', {
            rows: effect.planned_rows,
            villages: number(effect.planned_villages),
          })}{' '}
          <input
            data-testid="import-confirm-rows"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        </label>
      )}
      {!committed && onCommit && (
        <button
          type="button"
          className="button"
          data-testid="import-commit"
          disabled={!confirmed}
          onClick={() => onCommit(effect.whole_periods ? effect.planned_rows : null)}
        >
          {t('impor.commit')}
        </button>
      )}
    </section>
  )
}
