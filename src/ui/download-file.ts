/**
 * Saves bytes, text or a Blob as a file through a temporary link: the browser's own download, the one way
 * every screen does it. `type` defaults to the Blob's own (or a generic binary type).
 */
export function downloadFile(content: BlobPart | Uint8Array, fileName: string, type?: string): void {
  const blobType = type ?? (content instanceof Blob ? content.type : '')
  // A Uint8Array over a SharedArrayBuffer is not a BlobPart to TypeScript; ours never are.
  const blob = new Blob([content as BlobPart], { type: blobType || 'application/octet-stream' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // The download holds its own reference once it has started; a slow machine may take a moment to
  // start it, and keeping the URL 10 s longer costs nothing.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
