import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { IDM_STATUSES, type IdmStatus, LIVELIHOODS, type Livelihood } from '../../priority/criteria.ts'
import type { PriorityFilters as Filters } from '../../priority/filter-villages.ts'
import { PriorityChoices, PrioritySection, PrioritySelect } from './priority-fields.tsx'

const JENIS = ['desa', 'kelurahan'] as const

/** Kecamatan, IDM status, livelihood lens and jenis filters, with the number of villages kept. */
export function PriorityFilters({
  filters,
  kecamatan,
  count,
  total,
  idmCounts,
  livelihoodCounts,
  onChange,
}: {
  filters: Filters
  kecamatan: readonly { kode: string; nama: string }[]
  /** Villages that pass the filters. */
  count: number
  total: number
  /** Villages of the year per IDM status, whatever the other filters. */
  idmCounts: Readonly<Record<IdmStatus, number>>
  /** Villages of the year per livelihood lens, whatever the other filters. */
  livelihoodCounts: Readonly<Record<Livelihood, number>>
  onChange: (filters: Filters) => void
}): ReactElement {
  const { t } = useTranslation()
  const isFiltered =
    filters.kecamatan !== null ||
    filters.idm.length > 0 ||
    filters.livelihood !== null ||
    filters.jenis !== null
  const toggleIdm = (status: IdmStatus): void => {
    const next = filters.idm.includes(status)
      ? filters.idm.filter((item) => item !== status)
      : [...filters.idm, status].sort((a, b) => a - b)
    onChange({ ...filters, idm: next })
  }
  return (
    <PrioritySection
      name="filters"
      title={t('prioritas.filters.title')}
      tools={
        isFiltered && (
          <button
            type="button"
            className="priority-link-button"
            data-testid="filters-reset"
            onClick={() => onChange({ kecamatan: null, idm: [], livelihood: null, jenis: null })}
          >
            {t('prioritas.filters.reset')}
          </button>
        )
      }
    >
      <PrioritySelect
        label={t('prioritas.filters.kecamatan')}
        testId="filter-kecamatan"
        noneLabel={t('prioritas.filters.allKecamatan')}
        options={kecamatan.map((item) => ({ value: item.kode, label: item.nama }))}
        value={filters.kecamatan}
        onChange={(value) => onChange({ ...filters, kecamatan: value })}
      />
      <PriorityChoices
        legend={t('prioritas.filters.idm')}
        type="checkbox"
        className="priority-checks"
        choiceClassName="priority-check"
        choices={IDM_STATUSES.map((status) => ({
          value: status,
          label: (
            <>
              {t(`prioritas.filters.idmStatus.${status}`)}{' '}
              <span className="priority-check__count">({idmCounts[status]})</span>
            </>
          ),
          testId: `filter-idm-${status}`,
        }))}
        isChecked={(status) => filters.idm.includes(status)}
        onChoose={toggleIdm}
        help={filters.idm.length === 0 ? t('prioritas.filters.idmAll') : undefined}
      />
      <PrioritySelect
        label={t('prioritas.filters.livelihood')}
        testId="filter-livelihood"
        noneLabel={t('prioritas.filters.livelihoodAll')}
        options={LIVELIHOODS.map((item) => ({
          value: item,
          label: `${t(`prioritas.filters.lens.${item}`)} (${livelihoodCounts[item]})`,
        }))}
        value={filters.livelihood}
        onChange={(value) => onChange({ ...filters, livelihood: value })}
      >
        <span className="priority-help">{t('prioritas.filters.livelihoodHelp')}</span>
      </PrioritySelect>
      <PrioritySelect
        label={t('prioritas.filters.jenis')}
        testId="filter-jenis"
        noneLabel={t('prioritas.filters.jenisAll')}
        options={JENIS.map((jenis) => ({ value: jenis, label: t(`prioritas.filters.jenisOption.${jenis}`) }))}
        value={filters.jenis}
        onChange={(value) => onChange({ ...filters, jenis: value })}
      />
      <p className="priority-count" data-testid="filter-count">
        {t('prioritas.filters.count', { count, total })}
      </p>
    </PrioritySection>
  )
}
