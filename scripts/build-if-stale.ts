/**
 * `npm run test:e2e`'s build step: runs `vite build` only when `dist/` is missing or older than what it is
 * built from (src/, public/ with the snapshot, index.html, the vite config, the lock file), so the e2e
 * tests always drive the current app but CI, which has just run `npm run build`, does not build twice.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..')
const BUILT = path.join(ROOT, 'dist/index.html')
const INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json', 'tsconfig.json']

/** The newest modification time under `target` (a file or a folder), 0 when it does not exist. */
function newestMtime(target: string): number {
  if (!existsSync(target)) return 0
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)))
  return newest
}

const builtAt = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0
const changedAt = Math.max(...INPUTS.map((input) => newestMtime(path.join(ROOT, input))))
if (builtAt > changedAt) {
  console.log('build: dist/ is newer than its sources; not building again')
} else {
  console.log(
    builtAt ? 'build: sources changed since dist/ was built; building' : 'build: no dist/; building',
  )
  execFileSync(path.join(ROOT, 'node_modules/.bin/vite'), ['build'], { cwd: ROOT, stdio: 'inherit' })
}
