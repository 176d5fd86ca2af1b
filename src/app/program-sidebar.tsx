import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { Program, ProgramCode, ProgramData } from '../data/programs.ts'
import { useLanguage } from '../i18n/use-language.ts'
import { formatValue } from '../indicators/format.ts'
import type { ProgramSummary } from '../panels/program-overlap/program-summary.ts'
import { programShortName } from './program-short-name.ts'

/**
 * The program screen's side column: the program tabs, the program card from the dictionary, the
 * kabupaten summary of the year and the combination rules.
 */
export function ProgramSidebar({
  data,
  program,
  summary,
  regionTitle,
  onProgram,
}: {
  data: ProgramData
  program: Program
  /** The kabupaten summary of the year shown, or null while no year has data. */
  summary: { tahun: number; figures: ProgramSummary } | null
  regionTitle: string
  onProgram: (program: ProgramCode) => void
}): ReactElement {
  const language = useLanguage()
  const { t } = useTranslation()
  const formatNumber = (value: number, decimals = 0): string => formatValue(value, language, decimals)
  const figures = summary?.figures
  const rupiah = (value: number): string =>
    value >= 1e9
      ? `Rp${formatNumber(value / 1e9, 1)} ${language === 'id' ? 'miliar' : 'billion'}`
      : `Rp${formatNumber(value)}`
  const withheld = t('program.summary.withheld')
  return (
    <aside className="program-screen__side">
      <h2 className="program-screen__title">{t('program.title')}</h2>
      <p className="program-screen__intro">{t('program.intro')}</p>
      <div className="program-tabs" role="radiogroup" aria-label={t('program.programs')}>
        {data.programs.map((item) => (
          // biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons reads better than radio inputs here
          <button
            key={item.kode}
            type="button"
            role="radio"
            aria-checked={item.kode === program.kode}
            className={`program-tab${item.kode === program.kode ? ' program-tab--active' : ''}`}
            data-testid="program-tab"
            onClick={() => onProgram(item.kode)}
          >
            {programShortName(item.kode)}
          </button>
        ))}
      </div>
      <section className="program-card" data-testid="program-card">
        <h3>{language === 'id' ? program.nama : program.nama_en}</h3>
        {language === 'en' && <p className="program-card__native">{program.nama}</p>}
        <dl>
          <dt>{t('program.card.eligibility')}</dt>
          <dd>{language === 'id' ? program.syarat : program.syarat_en}</dd>
          <dt>{t('program.card.benefit')}</dt>
          <dd>
            {language === 'id' ? program.manfaat : program.manfaat_en} (
            {t(`program.card.unit.${program.satuan}`)})
          </dd>
          <dt>{t('program.card.funding')}</dt>
          <dd>{program.sumber_dana}</dd>
        </dl>
      </section>
      {summary && figures && (
        <section className="program-summary" data-testid="program-summary">
          <h3>{t('program.summary.title', { region: regionTitle, year: summary.tahun })}</h3>
          <dl>
            <dt>{t('program.summary.recipients')}</dt>
            <dd>{figures.recipients === null ? withheld : formatNumber(figures.recipients)}</dd>
            <dt title={t('program.summary.rupiahNote')}>{t('program.summary.rupiah')}</dt>
            <dd>
              {figures.rupiahMin === null || figures.rupiahMax === null
                ? withheld
                : figures.rupiahMin === figures.rupiahMax
                  ? rupiah(figures.rupiahMin)
                  : `${rupiah(figures.rupiahMin)}–${rupiah(figures.rupiahMax)}`}
            </dd>
            <dt>{t('program.summary.share')}</dt>
            <dd>
              {figures.shareDesil14 === null
                ? program.satuan === 'keluarga'
                  ? withheld
                  : t('program.summary.shareNotFamily')
                : `${formatNumber(figures.shareDesil14, 1)}%`}
            </dd>
          </dl>
        </section>
      )}
      <section className="program-rules" data-testid="program-rules">
        <h3>{t('program.rules.title')}</h3>
        <ul>
          {data.rules.map((rule) => (
            <li
              key={`${rule.program_a}+${rule.program_b}`}
              className={rule.diizinkan ? '' : 'program-rules__no'}
            >
              <strong>
                {programShortName(rule.program_a)} + {programShortName(rule.program_b)}
              </strong>
              : {rule.diizinkan ? t('program.rules.allowed') : t('program.rules.notAllowed')}
              {rule.alasan && language === 'id' && (
                <span className="program-rules__why"> — {rule.alasan}</span>
              )}
            </li>
          ))}
        </ul>
        <p className="program-rules__note">{t('program.rules.note')}</p>
      </section>
    </aside>
  )
}
