import './app/app.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { App } from './app/App.tsx'
import { startFirstView } from './app/first-view.ts'
import { chooseLanguage, readStoredLanguage, startLanguageSync } from './app/language-sync.ts'
import { createI18n } from './i18n/i18n.ts'

// Before anything renders: no data request waits for React.
const firstView = startFirstView(window.location)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const i18n = createI18n(chooseLanguage(window.location.search, readStoredLanguage()))
startLanguageSync(i18n)

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App firstView={firstView} />
    </I18nextProvider>
  </StrictMode>,
)
