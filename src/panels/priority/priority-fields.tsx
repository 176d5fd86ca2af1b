import type { ComponentProps, ReactElement, ReactNode } from 'react'
import { LabeledSelect } from '../../ui/labeled-select.tsx'

/** The priority sidebar's select: a `LabeledSelect` in the sidebar's field and label style. */
export function PrioritySelect<T extends string | number | null>(
  props: Omit<ComponentProps<typeof LabeledSelect<T>>, 'className' | 'labelClassName'>,
): ReactElement {
  return <LabeledSelect {...props} className="priority-field" labelClassName="priority-label" />
}

/** One input of a {@link PriorityChoices}. */
export interface PriorityChoice<T extends string | number> {
  value: T
  label: ReactNode
  testId: string
}

/**
 * A named group of radio buttons (one choice: `name` given) or checkboxes (any number) in the sidebar's
 * fieldset style, with a help line under it: the normalisation method, the IDM statuses kept.
 */
export function PriorityChoices<T extends string | number>({
  legend,
  type,
  name,
  choices,
  isChecked,
  onChoose,
  className,
  choiceClassName,
  help,
}: {
  legend: string
  type: 'radio' | 'checkbox'
  /** The radio group's name. */
  name?: string
  choices: readonly PriorityChoice<T>[]
  isChecked: (value: T) => boolean
  /** Called with the value picked (a radio) or toggled (a checkbox). */
  onChoose: (value: T) => void
  /** The class of the row of choices and of each choice's label. */
  className: string
  choiceClassName: string
  help?: string
}): ReactElement {
  return (
    <fieldset className="priority-fieldset">
      <legend className="priority-label">{legend}</legend>
      <div className={className}>
        {choices.map((choice) => (
          <label key={choice.value} className={choiceClassName}>
            <input
              type={type}
              name={name}
              value={choice.value}
              data-testid={choice.testId}
              checked={isChecked(choice.value)}
              onChange={() => onChoose(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      {help && <p className="priority-help">{help}</p>}
    </fieldset>
  )
}

/**
 * One section of the priority sidebar, named by its heading (`priority-<name>-title`); `tools` stand on
 * the heading's row (the year, the filters' reset).
 */
export function PrioritySection({
  name,
  title,
  tools,
  children,
}: {
  name: string
  title: string
  tools?: ReactNode
  children: ReactNode
}): ReactElement {
  const titleId = `priority-${name}-title`
  const heading = (
    <h3 id={titleId} className="priority-section__title">
      {title}
    </h3>
  )
  return (
    <section className="priority-section" aria-labelledby={titleId}>
      {tools === undefined ? (
        heading
      ) : (
        <div className="priority-section__row">
          {heading}
          {tools}
        </div>
      )}
      {children}
    </section>
  )
}
