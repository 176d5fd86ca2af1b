import { type Dispatch, type ReactElement, type ReactNode, type SetStateAction, useId, useState } from 'react'

/** A part of a panel shown or hidden by a {@link DisclosureButton}: its state and the id of its element. */
export interface Disclosure {
  isExpanded: boolean
  setIsExpanded: Dispatch<SetStateAction<boolean>>
  /** The id to give the element shown or hidden (`aria-controls` points at it). */
  panelId: string
}

/** The state of a shown-or-hidden part, open at first when `isInitiallyExpanded`. */
export function useDisclosure(isInitiallyExpanded: boolean): Disclosure {
  const [isExpanded, setIsExpanded] = useState(isInitiallyExpanded)
  const panelId = `${useId()}-panel`
  return { isExpanded, setIsExpanded, panelId }
}

/**
 * The button that shows or hides a panel's part (`aria-expanded`, `aria-controls`): the legend's body,
 * the attribution's full text, the indicator list. An icon button passes `label`, its accessible name
 * and tooltip; a text button is named by its text.
 */
export function DisclosureButton({
  disclosure,
  className,
  label,
  testId,
  children,
}: {
  disclosure: Disclosure
  className?: string
  label?: string
  testId?: string
  children: ReactNode
}): ReactElement {
  const { isExpanded, setIsExpanded, panelId } = disclosure
  return (
    <button
      type="button"
      className={className}
      aria-expanded={isExpanded}
      aria-controls={panelId}
      aria-label={label}
      title={label}
      data-testid={testId}
      onClick={() => setIsExpanded((value) => !value)}
    >
      {children}
    </button>
  )
}
