import { type KeyboardEvent, type ReactElement, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Village } from '../../data/snapshot.ts'
import { searchVillages } from './search-villages.ts'
import './village-search.css'

/** How many matches the list shows; the region has 141 villages, so 8 is enough to pick from. */
const MAX_RESULTS = 8

/**
 * A combobox that finds a village by name (ignoring case and accents), kecamatan or code, and hands the
 * chosen one to `onPick`. Arrow keys move through the list, Enter picks, Escape closes then clears.
 */
export function VillageSearch({
  villages,
  onPick,
}: {
  villages: readonly Village[]
  onPick: (village: Village) => void
}): ReactElement {
  const { t } = useTranslation()
  const id = useId()
  const [query, setQuery] = useState('')
  const [isOpen, setIsOpen] = useState(false)
  // -1: no option highlighted yet; Enter then picks the first.
  const [activeIndex, setActiveIndex] = useState(-1)
  const results = useMemo(() => searchVillages(villages, query, MAX_RESULTS), [villages, query])
  const hasQuery = query.trim() !== ''
  const isListShown = isOpen && hasQuery
  const listId = `${id}-list`
  const optionId = (index: number): string => `${id}-option-${index}`

  const pick = (village: Village): void => {
    setQuery(village.nama)
    setIsOpen(false)
    onPick(village)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setIsOpen(true)
      if (results.length === 0) return
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActiveIndex((index) => (Math.max(index, step > 0 ? -1 : 0) + step + results.length) % results.length)
    } else if (event.key === 'Enter') {
      const village = results[activeIndex] ?? results[0]
      if (isListShown && village) {
        event.preventDefault()
        pick(village)
      }
    } else if (event.key === 'Escape') {
      if (isListShown) setIsOpen(false)
      else setQuery('')
    }
  }

  return (
    <search className="search">
      <label className="visually-hidden" htmlFor={`${id}-input`}>
        {t('search.label')}
      </label>
      <div className="search__field">
        <svg className="search__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M13 13 L17 17" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          id={`${id}-input`}
          className="search__input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={isListShown}
          aria-controls={listId}
          aria-activedescendant={isListShown && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          placeholder={t('search.placeholder')}
          value={query}
          data-testid="search-input"
          onChange={(event) => {
            setQuery(event.target.value)
            setActiveIndex(-1)
            setIsOpen(true)
          }}
          onFocus={() => setIsOpen(true)}
          onBlur={() => setIsOpen(false)}
          onKeyDown={onKeyDown}
        />
        {query !== '' && (
          <button
            type="button"
            className="search__clear"
            aria-label={t('search.clear')}
            title={t('search.clear')}
            // Keeps the input focused so the list can reopen as the user types again.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setQuery('')
              setIsOpen(true)
            }}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path
                d="M4 4 L12 12 M12 4 L4 12"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
              />
            </svg>
          </button>
        )}
      </div>
      <div
        id={listId}
        role="listbox"
        aria-label={t('search.label')}
        className="search__results"
        hidden={!isListShown}
      >
        {isListShown &&
          results.map((village, index) => (
            // Keyboard users move through the options from the input (aria-activedescendant), so an
            // option needs no key handler of its own.
            // biome-ignore lint/a11y/useKeyWithClickEvents: see above.
            <div
              key={village.kode}
              id={optionId(index)}
              role="option"
              tabIndex={-1}
              aria-selected={index === activeIndex}
              className="search__result"
              data-testid="search-result"
              // mousedown would blur the input (closing the list) before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActiveIndex(index)}
              onClick={() => pick(village)}
            >
              <span className="search__result-name">{village.nama}</span>
              <span className="search__result-meta">
                {t(`region.${village.jenis}`)} · {t('region.kecamatanOf', { name: village.kecamatan_nama })}
              </span>
            </div>
          ))}
      </div>
      {isListShown && results.length === 0 && (
        <p className="search__empty">{t('search.noResults', { query: query.trim() })}</p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {isListShown ? t('search.results', { count: results.length }) : ''}
      </p>
    </search>
  )
}
