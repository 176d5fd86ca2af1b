/** Saves bytes or text as a file through a temporary link (the browser's own download). */
export function downloadFile(content: string | Uint8Array, fileName: string, type: string): void {
  const blob = new Blob([content as BlobPart], { type })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Let the download start before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
