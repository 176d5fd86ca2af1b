import { type ReactElement, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportEffect } from '../../data/planner/import-workbench.ts'
import type { Village } from '../../data/snapshot.ts'
import { HeadedTable } from '../../ui/headed-table.tsx'
import { useFormatNumber } from '../../ui/use-locale.ts'

/** The columns of counts per village, as keys of `impor`. */
const EFFECT_COLUMNS = ['village', 'before', 'after', 'added', 'replaced', 'removed'] as const

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
  const { t } = useTranslation()
  const [typed, setTyped] = useState('')
  const number = useFormatNumber()
  const names = new Map(villages.map((village) => [village.kode, village.nama]))
  const confirmed = !effect.whole_periods || typed.trim() === String(effect.planned_rows)
  return (
    <section className="planner-card" data-testid={committed ? 'import-done-effect' : 'import-preview'}>
      <h3>{t('impor.preview')}</h3>
      <HeadedTable
        className="import-table"
        headings={[
          ...EFFECT_COLUMNS.map((column) => t(`impor.${column}`)),
          `${t('impor.desil14')} (${t('impor.before')} → ${t('impor.after')})`,
        ]}
        rows={effect.villages}
        renderRow={(village) => (
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
        )}
      />
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
