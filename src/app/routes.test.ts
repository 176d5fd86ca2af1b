import { describe, expect, it } from 'vitest'
import { parseRoute, type Route, routePath } from './routes.ts'

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

describe('routePath()', () => {
  it.each<{ route: Route; base: string }>([
    { route: { name: 'explorer' }, base: '/' },
    { route: { name: 'explorer' }, base: '/peta/' },
    { route: { name: 'desa', kode: '64.08.04.2001' }, base: '/peta/' },
    { route: { name: 'prioritas' }, base: '/' },
    { route: { name: 'prioritas' }, base: '/peta/' },
    { route: { name: 'dana-desa' }, base: '/peta/' },
    { route: { name: 'planner' }, base: '/peta/' },
    { route: { name: 'program' }, base: '/peta/' },
  ])('writes a path that parses back to $route.name under $base', ({ route, base }) => {
    expect(parseRoute(routePath(route, base), base)).toEqual(route)
  })
})
