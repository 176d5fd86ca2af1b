import { type ReactElement, type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IssueCode } from '../../import/import-issue.ts'
import { KINDS } from '../../import/import-kinds.ts'
import { formatImportIssue } from '../../import/import-messages.ts'
import { ISSUE_FIXES } from '../../import/issue-fixes.ts'
import type { ColumnMapping } from '../../import/workbench/column-mapping.ts'
import type { WorkbenchReport } from '../../import/workbench/workbench-protocol.ts'
import { HeadedTable } from '../../ui/headed-table.tsx'
import { useFormatNumber } from '../../ui/use-locale.ts'
import { columnLetter } from './column-mapping-table.tsx'

/** Problems listed on screen; the annotated file holds all of them. */
const SHOWN = 20

/** One option of the commit, a checkbox with its sentence. */
function ImportChoice({
  testId,
  checked,
  onChange,
  children,
}: {
  testId: string
  checked: boolean
  onChange: (checked: boolean) => void
  children: ReactNode
}): ReactElement {
  return (
    <label className="import-choice">
      <input
        type="checkbox"
        data-testid={testId}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />{' '}
      {children}
    </label>
  )
}

/** Every kind of problem in the file with its count, the most frequent first. */
function countsByKind(report: WorkbenchReport): [IssueCode, number][] {
  return (Object.entries(report.countsByCode) as [IssueCode, number][]).sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  )
}

/**
 * The report before anything is written: how many rows passed, every problem counted by kind with its plain fix, the first ones with
 * their spreadsheet row and column (the file's own header and letter) and the fix in both languages, the
 * annotated download, and the explicit choice to skip the rejected rows.
 */
export function ValidationReport({
  report,
  header,
  mapping,
  onDownload,
  onPreview,
}: {
  report: WorkbenchReport
  header: readonly string[]
  mapping: ColumnMapping
  onDownload: () => void
  onPreview: (options: { dropRejected: boolean; wholePeriods: boolean }) => void
}): ReactElement {
  const { t } = useTranslation()
  const [dropRejected, setDropRejected] = useState(false)
  const [wholePeriods, setWholePeriods] = useState(false)
  const number = useFormatNumber()
  const where = (column: string): string => {
    const at = mapping.indexOf(column)
    return at < 0 ? column : `${columnLetter(at)} · ${header[at]} (${column})`
  }
  const hasProblems = report.errorCount > 0
  const canGo = report.rowCount > 0 && (!hasProblems || (report.canDropRejected && dropRejected))
  return (
    <section className="planner-card" data-testid="import-report" data-problems={report.errorCount}>
      <h3>{t('impor.report')}</h3>
      <p data-testid="import-report-summary">
        {hasProblems
          ? t('impor.reportBad', {
              problems: number(report.errorCount),
              rejected: number(report.rejectedRows),
              rows: number(report.rowCount),
            })
          : t('impor.reportOk', { rows: number(report.rowCount) })}
      </p>
      {hasProblems && (
        <>
          <h4>{t('impor.byCode')}</h4>
          <table className="import-table" data-testid="import-by-code">
            <tbody>
              {countsByKind(report).map(([code, count]) => (
                <tr key={code} data-testid="import-code-count" data-code={code} data-count={count}>
                  <td className="import-count">{number(count)}</td>
                  <td>
                    <code>{code}</code>
                  </td>
                  <td>
                    <span lang="id">{ISSUE_FIXES[code].id}</span>
                    <br />
                    <span lang="en" className="import-english">
                      {ISSUE_FIXES[code].en}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4>{t('impor.first')}</h4>
          <HeadedTable
            className="import-table"
            headings={[t('impor.row'), t('impor.column'), t('impor.problem')]}
            rows={report.errors.slice(0, SHOWN)}
            renderRow={(issue, index) => (
              <tr
                // One cell can have several problems; the list never reorders, so the index may key it.
                key={`${issue.row}-${issue.column}-${index}`}
                data-testid="import-issue"
                data-row={issue.row}
                data-column={issue.column}
              >
                <td>{issue.row > 0 ? issue.row : '—'}</td>
                <td>{issue.column ? where(issue.column) : '—'}</td>
                <td>
                  <span lang="id">{formatImportIssue(issue, 'id')}</span>
                  <br />
                  <span lang="en" className="import-english">
                    {formatImportIssue(issue, 'en')}
                  </span>
                </td>
              </tr>
            )}
          />
          <button
            type="button"
            className="button button--secondary"
            data-testid="import-download"
            onClick={onDownload}
          >
            {t('impor.download')}
          </button>
          {report.canDropRejected ? (
            <ImportChoice testId="import-drop-rejected" checked={dropRejected} onChange={setDropRejected}>
              {t('impor.dropRejected', { rejected: number(report.rejectedRows) })}
            </ImportChoice>
          ) : (
            <p className="planner-error">{t('impor.cannotDrop')}</p>
          )}
        </>
      )}
      {KINDS[report.kind].isPersonal && (
        <ImportChoice testId="import-whole-periods" checked={wholePeriods} onChange={setWholePeriods}>
          {t('impor.wholePeriods')}
        </ImportChoice>
      )}
      <button
        type="button"
        className="button"
        data-testid="import-to-preview"
        disabled={!canGo}
        onClick={() => onPreview({ dropRejected, wholePeriods })}
      >
        {t('impor.toPreview')}
      </button>
    </section>
  )
}
