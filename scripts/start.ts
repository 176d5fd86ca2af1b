/**
 * `npm start`: the dev server on the map as soon as there is a map to show. When the snapshot is missing
 * or stale, the data build runs with `--early-snapshot`: it publishes the boundaries first (~20–30 s on a
 * fresh clone), the dev server starts then, and the demo data loads behind with its progress in this
 * terminal and in the app ("data demo masih dimuat (n %)"); the full snapshot replaces the boundaries
 * when it is done. With a current snapshot the dev server starts at once. Extra arguments go to vite.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'

const ROOT = path.resolve(import.meta.dirname, '..')
const BIN = path.join(ROOT, 'node_modules', '.bin')
/** Lines of scripts/build-data.ts: a current snapshot, or the boundaries published early. */
const IS_CURRENT = /^data: .*nothing to do$/
const IS_EARLY = /boundaries published/

let vite: ChildProcess | undefined
let build: ChildProcess | undefined
let isServingEarly = false

function startVite(): void {
  if (vite) return
  vite = spawn(path.join(BIN, 'vite'), process.argv.slice(2), { cwd: ROOT, stdio: 'inherit' })
  vite.on('exit', (code, signal) => {
    build?.kill('SIGTERM')
    process.exitCode = code ?? (signal ? 1 : 0)
  })
}

function stopAll(signal: NodeJS.Signals): void {
  build?.kill(signal)
  vite?.kill(signal)
}

process.on('SIGINT', () => stopAll('SIGINT'))
process.on('SIGTERM', () => stopAll('SIGTERM'))

build = spawn(path.join(BIN, 'tsx'), ['scripts/build-data.ts', '--if-missing', '--early-snapshot'], {
  cwd: ROOT,
  stdio: ['ignore', 'pipe', 'inherit'],
})
const lines = createInterface({ input: build.stdout as NodeJS.ReadableStream })
lines.on('line', (line) => {
  console.log(line)
  isServingEarly ||= IS_EARLY.test(line)
  if (isServingEarly || IS_CURRENT.test(line)) startVite()
})
build.on('exit', (code, signal) => {
  build = undefined
  // Stopped from outside (Ctrl-C, or the dev server ended): nothing to report.
  if (signal) return
  if (code === 0) {
    if (isServingEarly)
      console.log('data: the full snapshot is published; reload the page to see the demo data')
    startVite()
    return
  }
  if (vite) {
    console.error('data: ✖ the build stopped (see above); the dev server keeps serving the boundaries')
    return
  }
  process.exitCode = code ?? 1
})
