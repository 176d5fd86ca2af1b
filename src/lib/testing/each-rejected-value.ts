import { expect, it } from 'vitest'
import type { UrlState } from '../define-url-state.ts'

/**
 * One test per bad value, listed by the key it stands under: a link holding only `key=value` opens on
 * the codec's defaults and reports exactly that parameter as rejected.
 */
export function itRejectsEach<S>(
  codec: Pick<UrlState<S>, 'decode' | 'defaults'>,
  badValues: Readonly<Record<string, readonly string[]>>,
): void {
  const cases = Object.entries(badValues).flatMap(([key, values]) => values.map((value) => ({ key, value })))
  it.each(cases)('falls back to the default on $key=$value and reports it', ({ key, value }) => {
    expect(codec.decode(`?${new URLSearchParams({ [key]: value })}`)).toEqual({
      state: codec.defaults,
      rejected: [{ key, value }],
    })
  })
}
