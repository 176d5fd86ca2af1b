import { describe, expect, it } from 'vitest'
import { dictionaries } from '../i18n/dictionaries.ts'
import { LANGUAGES } from '../lib/language.ts'
import {
  getDocumentTitle,
  NAV_ROUTES,
  parseRoute,
  type Route,
  routePath,
  SCREENS,
  type ScreenName,
} from './routes.ts'

describe('parseRoute()', () => {
  it.each<{ pathname: string; base: string; expected: Route }>([
    { pathname: '/', base: '/', expected: { name: 'explorer' } },
    { pathname: '/index.html', base: '/', expected: { name: 'explorer' } },
    { pathname: '/peta/', base: '/peta/', expected: { name: 'explorer' } },
    { pathname: '/peta', base: '/peta/', expected: { name: 'explorer' } },
    { pathname: '/peta', base: '/peta', expected: { name: 'explorer' } },
    { pathname: '/prioritas', base: '/', expected: { name: 'prioritas' } },
    { pathname: '/peta/prioritas/', base: '/peta/', expected: { name: 'prioritas' } },
    { pathname: '/prioritas/extra', base: '/', expected: { name: 'not-found', path: '/prioritas/extra' } },
    { pathname: '/dana-desa', base: '/', expected: { name: 'dana-desa' } },
    { pathname: '/peta/dana-desa/', base: '/peta/', expected: { name: 'dana-desa' } },
    { pathname: '/dana-desa/extra', base: '/', expected: { name: 'not-found', path: '/dana-desa/extra' } },
    { pathname: '/program', base: '/', expected: { name: 'program' } },
    { pathname: '/peta/program/', base: '/peta/', expected: { name: 'program' } },
    { pathname: '/program/extra', base: '/', expected: { name: 'not-found', path: '/program/extra' } },
    { pathname: '/elsewhere/', base: '/peta/', expected: { name: 'not-found', path: '/elsewhere/' } },
    { pathname: '/no-such-screen', base: '/', expected: { name: 'not-found', path: '/no-such-screen' } },
    { pathname: '/perencana', base: '/', expected: { name: 'planner' } },
    { pathname: '/peta/perencana/', base: '/peta/', expected: { name: 'planner' } },
    { pathname: '/perencana/x', base: '/', expected: { name: 'not-found', path: '/perencana/x' } },
    { pathname: '/%E0%A4%A', base: '/', expected: { name: 'not-found', path: '/%E0%A4%A' } },
    { pathname: '/desa/64.08.04.2001', base: '/', expected: { name: 'desa', kode: '64.08.04.2001' } },
    { pathname: '/peta/desa/not-a-code/', base: '/peta/', expected: { name: 'desa', kode: 'not-a-code' } },
    { pathname: '/desa', base: '/', expected: { name: 'not-found', path: '/desa' } },
    {
      pathname: '/desa/64.08.04.2001/extra',
      base: '/',
      expected: { name: 'not-found', path: '/desa/64.08.04.2001/extra' },
    },
  ])('reads $pathname under $base as $expected.name', ({ pathname, base, expected }) => {
    expect(parseRoute(pathname, base)).toEqual(expected)
  })
})

/** Every screen's path, as published: people bookmark and share them, so none may change. */
const PUBLISHED_PATHS: Record<ScreenName, string> = {
  explorer: '/',
  desa: '/desa/64.08.04.2001',
  prioritas: '/prioritas',
  'dana-desa': '/dana-desa',
  program: '/program',
  planner: '/perencana',
  'planner-import': '/perencana/impor',
}

/** A route of every screen in the table, its parameters filled in as in `PUBLISHED_PATHS`. */
function makeRoutes(): Route[] {
  return (Object.keys(SCREENS) as ScreenName[]).map((name) => parseRoute(PUBLISHED_PATHS[name]))
}

describe('SCREENS', () => {
  it('keeps every published path, and parses each to its own screen', () => {
    expect(Object.keys(PUBLISHED_PATHS).sort()).toEqual(Object.keys(SCREENS).sort())
    expect(makeRoutes().map((route) => route.name)).toEqual(Object.keys(SCREENS))
  })

  it("lists the header's screens in table order, each a route without parameters", () => {
    expect(NAV_ROUTES).toEqual([
      { name: 'explorer' },
      { name: 'prioritas' },
      { name: 'dana-desa' },
      { name: 'program' },
      { name: 'planner' },
    ])
  })

  it.each(LANGUAGES)('has a label in %s for every screen listed or titled by its label', (language) => {
    const labels = dictionaries[language].route
    for (const [name, screen] of Object.entries(SCREENS)) {
      if (!screen.isInNav && screen.title !== 'label') continue
      expect(typeof labels === 'object' ? labels[name] : undefined, name).toEqual(expect.any(String))
    }
  })

  it("gives the planner's two paths one loader, so moving between them keeps the screen", () => {
    expect(SCREENS.planner.load).toBe(SCREENS['planner-import'].load)
  })

  it('loads every screen but the first on its first visit', () => {
    const lazy = Object.entries(SCREENS).filter(([, screen]) => screen.load !== null)
    expect(lazy.map(([name]) => name)).toEqual(Object.keys(SCREENS).filter((name) => name !== 'explorer'))
  })
})

describe('routePath()', () => {
  it.each(['/', '/peta/'])('writes a path that parses back to the route of every screen under %s', (base) => {
    for (const route of makeRoutes()) expect(parseRoute(routePath(route, base), base)).toEqual(route)
  })

  it.each(Object.entries(PUBLISHED_PATHS))('writes the published path of %s', (_name, path) => {
    expect(routePath(parseRoute(path))).toBe(path)
    expect(routePath(parseRoute(path), '/peta/')).toBe(`/peta${path}`)
  })

  it('encodes a parameter so that it reads back whole', () => {
    const route: Route = { name: 'desa', kode: 'a b/c?d' }
    expect(routePath(route)).toBe('/desa/a%20b%2Fc%3Fd')
    expect(parseRoute(routePath(route))).toEqual(route)
  })

  it('gives a path that names no screen back unchanged', () => {
    const route = parseRoute('/no-such-screen/x')
    expect(route).toEqual({ name: 'not-found', path: '/no-such-screen/x' })
    expect(routePath(route)).toBe('/no-such-screen/x')
  })
})

describe('getDocumentTitle()', () => {
  const appTitle = 'Peta Prioritas Desa — Kabupaten Kutai Timur'
  const translate = (key: string): string => `<${key}>`

  it.each<{ path: string; expected: string | null }>([
    { path: '/', expected: appTitle },
    { path: '/prioritas', expected: `<route.prioritas> — ${appTitle}` },
    { path: '/perencana/impor', expected: `<route.planner-import> — ${appTitle}` },
    { path: '/desa/64.08.04.2001', expected: null },
    { path: '/no-such-screen', expected: appTitle },
  ])('titles $path as $expected', ({ path, expected }) => {
    expect(getDocumentTitle(parseRoute(path), appTitle, translate)).toBe(expected)
  })
})
