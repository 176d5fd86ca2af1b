import type { ReactElement, ReactNode } from 'react'

/**
 * The button that shows or hides a panel's part (`aria-expanded`, `aria-controls`): the legend's body,
 * the attribution's full text, the indicator list. An icon button passes `label`, its accessible name
 * and tooltip; a text button is named by its text.
 */
export function DisclosureButton({
  isExpanded,
  controls,
  onToggle,
  className,
  label,
  testId,
  children,
}: {
  isExpanded: boolean
  /** The id of the element shown or hidden. */
  controls: string
  onToggle: () => void
  className?: string
  label?: string
  testId?: string
  children: ReactNode
}): ReactElement {
  return (
    <button
      type="button"
      className={className}
      aria-expanded={isExpanded}
      aria-controls={controls}
      aria-label={label}
      title={label}
      data-testid={testId}
      onClick={onToggle}
    >
      {children}
    </button>
  )
}
