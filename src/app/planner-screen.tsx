import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { config } from '../config.ts'
import type { Snapshot } from '../data/snapshot.ts'
import type { SupabaseSettings } from '../data/supabase/supabase-settings.ts'
import { LocalModeBanner } from '../panels/planner/local-mode-banner.tsx'
import { LocalNotice } from '../panels/planner/local-notice.tsx'
import { LocalProgress } from '../panels/planner/local-progress.tsx'
import { LoginForm } from '../panels/planner/login-form.tsx'
import { PlannerAlert } from '../panels/planner/planner-alert.tsx'
import '../panels/planner/planner.css'
import type { PlannerEngine } from '../data/planner/planner-request.ts'
import { ImportWorkbenchScreen } from './import-workbench-screen.tsx'
import { PlannerWorkspace } from './planner-workspace.tsx'
import { RouteLink } from './route-link.tsx'
import { useLocalDatabase } from './use-local-database.ts'
import { usePlannerSession } from './use-planner-session.ts'

interface ScreenProps {
  snapshot: Snapshot
  /** The workspace (`/perencana`) or the import workbench (`/perencana/impor`). */
  view: 'workspace' | 'import'
}

/** The workspace or the workbench over `engine`, with a link from the one to the other. */
function PlannerView({
  view,
  snapshot,
  engine,
  children,
}: Omit<ScreenProps, 'view'> & {
  view: ScreenProps['view']
  engine: PlannerEngine
  children: ReactElement
}): ReactElement {
  const { t } = useTranslation()
  if (view === 'import') {
    return <ImportWorkbenchScreen engine={engine} villages={snapshot.villages} />
  }
  return (
    <>
      <p>
        <RouteLink route={{ name: 'planner-import' }} className="button button--secondary">
          {t('impor.open')}
        </RouteLink>
      </p>
      {children}
    </>
  )
}

const ignore = (): void => undefined

/** Local mode: the database in this browser, with its banner. */
function LocalPlanner({ snapshot, view }: ScreenProps): ReactElement {
  const { t } = useTranslation()
  const local = useLocalDatabase(snapshot.region.kode)
  const { state } = local
  if (state.status === 'starting') return <LocalProgress progress={state.progress} />
  if (state.status === 'error') {
    return (
      <div className="planner-card">
        <p>{t('planner.local.error')}</p>
        <LocalNotice error={state.error} />
        <button type="button" className="button" onClick={local.retry}>
          {t('planner.local.retry')}
        </button>
      </div>
    )
  }
  return (
    <>
      <LocalModeBanner
        info={state.info}
        report={state.report}
        notice={state.notice}
        onReset={local.reset}
        onExport={local.exportFile}
        onBackup={local.backupFile}
        onImport={local.importFile}
      />
      <PlannerView view={view} snapshot={snapshot} engine={state.database}>
        <PlannerWorkspace
          engine={state.database}
          villages={snapshot.villages}
          regionKode={snapshot.region.kode}
          localPeriod={state.info.periode}
          author={null}
          generation={local.generation}
          onSessionExpired={ignore}
        />
      </PlannerView>
    </>
  )
}

/** Supabase mode: sign in, then the same workspace with the planner's session. */
function SupabasePlanner({
  snapshot,
  view,
  settings,
}: ScreenProps & { settings: SupabaseSettings }): ReactElement {
  const { t } = useTranslation()
  const auth = usePlannerSession(settings)
  const { state } = auth
  if (state.status === 'loading') return <p role="status">{t('planner.auth.loading')}</p>
  if (state.status === 'error') return <PlannerAlert>{state.message}</PlannerAlert>
  if (state.status === 'signed-out') {
    return <LoginForm notice={state.notice} onSignIn={auth.signIn} onMagicLink={auth.sendMagicLink} />
  }
  const { session } = state
  return (
    <>
      <div className="planner-banner planner-banner--session" data-testid="session-bar">
        <p>
          {t('planner.auth.signedInAs', { email: session.email })}
          {session.role && ` · ${t('planner.auth.role', { role: session.role })}`}
        </p>
        <button type="button" className="button button--secondary" onClick={() => void auth.signOut()}>
          {t('planner.auth.signOut')}
        </button>
        {!session.role && <PlannerAlert>{t('planner.auth.noRole')}</PlannerAlert>}
      </div>
      <PlannerView view={view} snapshot={snapshot} engine={state.engine}>
        <PlannerWorkspace
          engine={state.engine}
          villages={snapshot.villages}
          regionKode={snapshot.region.kode}
          localPeriod={null}
          author={session.email}
          generation={0}
          onSessionExpired={auth.expire}
        />
      </PlannerView>
    </>
  )
}

/**
 * `/perencana`: the planner workspace. The engine is chosen by configuration alone: with
 * VITE_SUPABASE_URL + VITE_SUPABASE_ANON_KEY it is Supabase (login), else local mode (PGlite here).
 * Loaded lazily by App.tsx, so the public screens download none of it.
 */
export function PlannerScreen({ snapshot, view }: ScreenProps): ReactElement {
  const { t } = useTranslation()
  return (
    <div
      className="planner-screen"
      data-testid="planner-screen"
      data-mode={config.supabase ? 'supabase' : 'local'}
    >
      <header className="planner-screen__header">
        <h2>{t('planner.title')}</h2>
        <p>{t('planner.intro')}</p>
      </header>
      {config.supabase ? (
        <SupabasePlanner snapshot={snapshot} view={view} settings={config.supabase} />
      ) : (
        <LocalPlanner snapshot={snapshot} view={view} />
      )}
    </div>
  )
}
