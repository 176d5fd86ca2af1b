import { type ReactElement, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_DECISION_NOTE_LENGTH } from '../../data/planner/decide-duplicate.ts'
import {
  DUPLICATE_DECISIONS,
  type DuplicateDecision,
  type DuplicatePair,
} from '../../data/planner/duplicate-pairs.ts'
import { useLocale } from '../../ui/use-locale.ts'
import { SaveError, SaveProgress } from './save-feedback.tsx'
import { useSaveState } from './use-save-state.ts'

/** "BLT-DD", "BPNT+PKH" → "BPNT + PKH", "DTSEN" as it is. */
function programText(program: string): string {
  return program.replaceAll('_', '-').split('+').join(' + ')
}

/**
 * One suspected duplicate pair: kind, reason in words, score, program and year; both sides with their
 * village, name (as returned: masked unless allowed) and birth date when given; the decision buttons
 * with an optional note, and the decision taken with its time.
 */
export function DuplicatePairItem({
  pair,
  index,
  villageName,
  onDecide,
}: {
  pair: DuplicatePair
  index: number
  villageName: (kode: string) => string
  onDecide: (keputusan: DuplicateDecision, catatan: string) => Promise<void>
}): ReactElement {
  const { t } = useTranslation()
  const locale = useLocale()
  const [note, setNote] = useState(pair.catatan ?? '')
  // Back to idle once saved: the decision shown on the pair says it was saved.
  const { state, save } = useSaveState('idle')
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 })
  const when = pair.diputuskan_pada
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(pair.diputuskan_pada),
      )
    : null
  const birthDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  const titleId = `duplicate-pair-${pair.kunci}`

  const decide = (keputusan: DuplicateDecision) => save(() => onDecide(keputusan, note))

  const side = (kode: string, nama: string | null, lahir: string | null) => (
    <div className="review-pair__side">
      <p className="review-pair__village">{villageName(kode)}</p>
      <p>{nama ?? t('planner.review.noName')}</p>
      {lahir && (
        <p className="review-pair__meta">
          {t('planner.review.born', { date: birthDate.format(new Date(`${lahir}T00:00:00Z`)) })}
        </p>
      )}
    </div>
  )

  return (
    <li
      className="review-pair"
      data-testid="duplicate-pair"
      data-kunci={pair.kunci}
      data-decision={pair.keputusan ?? ''}
      data-desa-a={pair.kode_desa_a}
      data-desa-b={pair.kode_desa_b}
      aria-labelledby={titleId}
    >
      <p id={titleId} className="review-pair__title">
        <span className={`planner-status review-kind--${pair.jenis}`}>
          {t(`planner.review.kind.${pair.jenis}`)}
        </span>{' '}
        <strong>{t(`planner.review.reason.${pair.alasan}`)}</strong>
        <span className="review-pair__meta">
          {' · '}
          {t('planner.review.pairMeta', {
            number: index + 1,
            score: number.format(pair.skor),
            program: programText(pair.program),
            year: pair.tahun,
          })}
        </span>
      </p>
      <div className="review-pair__sides">
        {side(pair.kode_desa_a, pair.nama_a, pair.tanggal_lahir_a)}
        {side(pair.kode_desa_b, pair.nama_b, pair.tanggal_lahir_b)}
      </div>
      {pair.keputusan && (
        <p className="review-pair__decision" data-testid="pair-decision">
          <span className={`planner-status review-decision--${pair.keputusan}`}>
            {t(`planner.review.decision.${pair.keputusan}`)}
          </span>{' '}
          {when && t('planner.review.decidedAt', { when })}
          {pair.catatan ? ` — ${pair.catatan}` : ''}
        </p>
      )}
      <div className="review-pair__actions">
        <label className="planner-field review-pair__note">
          <span>{t('planner.review.note', { number: index + 1 })}</span>
          <input
            maxLength={MAX_DECISION_NOTE_LENGTH}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        {DUPLICATE_DECISIONS.map((keputusan) => (
          <button
            key={keputusan}
            type="button"
            className={pair.keputusan === keputusan ? 'button' : 'button button--secondary'}
            aria-pressed={pair.keputusan === keputusan}
            disabled={state.kind === 'saving'}
            onClick={() => void decide(keputusan)}
          >
            {t(`planner.review.decide.${keputusan}`)}
          </button>
        ))}
        <SaveProgress state={state} saving={t('planner.review.saving')} />
      </div>
      <SaveError state={state} messageKey="planner.review.saveError" />
    </li>
  )
}
