import { expect, it } from 'vitest'

/**
 * One test per case of a pure function of one argument: `fn(input)` is exactly `expected` (`Object.is`,
 * so for texts and numbers). The title names the function and both values unless `title` words the case
 * (`%j`/`%i` stand for the input, then the expected value).
 */
export function itReturnsEach<I, O extends string | number | boolean | null>(
  fn: (input: I) => O,
  cases: readonly (readonly [I, O])[],
  title = `${fn.name}(%j) is %j`,
): void {
  it.each(cases.map(([input, expected]) => [input, expected] as [I, O]))(title, (input, expected) => {
    expect(fn(input)).toBe(expected)
  })
}
