import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { IDM_STATUSES, type IdmStatus, LIVELIHOODS, type Livelihood } from '../../priority/criteria.ts'
import type { PriorityFilters as Filters } from '../../priority/filter-villages.ts'

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
    <section className="priority-section" aria-labelledby="priority-filters-title">
      <div className="priority-section__row">
        <h3 id="priority-filters-title" className="priority-section__title">
          {t('prioritas.filters.title')}
        </h3>
        {isFiltered && (
          <button
            type="button"
            className="priority-link-button"
            data-testid="filters-reset"
            onClick={() => onChange({ kecamatan: null, idm: [], livelihood: null, jenis: null })}
          >
            {t('prioritas.filters.reset')}
          </button>
        )}
      </div>
      <label className="priority-field">
        <span className="priority-label">{t('prioritas.filters.kecamatan')}</span>
        <select
          data-testid="filter-kecamatan"
          value={filters.kecamatan ?? ''}
          onChange={(event) => onChange({ ...filters, kecamatan: event.target.value || null })}
        >
          <option value="">{t('prioritas.filters.allKecamatan')}</option>
          {kecamatan.map((item) => (
            <option key={item.kode} value={item.kode}>
              {item.nama}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="priority-fieldset">
        <legend className="priority-label">{t('prioritas.filters.idm')}</legend>
        <div className="priority-checks">
          {IDM_STATUSES.map((status) => (
            <label key={status} className="priority-check">
              <input
                type="checkbox"
                data-testid={`filter-idm-${status}`}
                checked={filters.idm.includes(status)}
                onChange={() => toggleIdm(status)}
              />
              <span>
                {t(`prioritas.filters.idmStatus.${status}`)}{' '}
                <span className="priority-check__count">({idmCounts[status]})</span>
              </span>
            </label>
          ))}
        </div>
        {filters.idm.length === 0 && <p className="priority-help">{t('prioritas.filters.idmAll')}</p>}
      </fieldset>
      <label className="priority-field">
        <span className="priority-label">{t('prioritas.filters.livelihood')}</span>
        <select
          data-testid="filter-livelihood"
          value={filters.livelihood ?? ''}
          onChange={(event) =>
            onChange({ ...filters, livelihood: (event.target.value || null) as Livelihood | null })
          }
        >
          <option value="">{t('prioritas.filters.livelihoodAll')}</option>
          {LIVELIHOODS.map((item) => (
            <option key={item} value={item}>
              {t(`prioritas.filters.lens.${item}`)} ({livelihoodCounts[item]})
            </option>
          ))}
        </select>
        <span className="priority-help">{t('prioritas.filters.livelihoodHelp')}</span>
      </label>
      <label className="priority-field">
        <span className="priority-label">{t('prioritas.filters.jenis')}</span>
        <select
          data-testid="filter-jenis"
          value={filters.jenis ?? ''}
          onChange={(event) =>
            onChange({ ...filters, jenis: (event.target.value || null) as 'desa' | 'kelurahan' | null })
          }
        >
          <option value="">{t('prioritas.filters.jenisAll')}</option>
          <option value="desa">{t('prioritas.filters.jenisOption.desa')}</option>
          <option value="kelurahan">{t('prioritas.filters.jenisOption.kelurahan')}</option>
        </select>
      </label>
      <p className="priority-count" data-testid="filter-count">
        {t('prioritas.filters.count', { count, total })}
      </p>
    </section>
  )
}
