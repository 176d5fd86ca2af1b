/** The text with its first character in upper case ("high need, …" → "High need, …"), for a locale. */
export function capitaliseFirst(text: string, locale: string): string {
  const [first = ''] = text
  return `${first.toLocaleUpperCase(locale)}${text.slice(first.length)}`
}
