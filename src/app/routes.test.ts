import { describe, expect, it } from 'vitest'
import { parseRoute, type Route, routePath } from './routes.ts'

describe('parseRoute()', () => {
  it.each<{ pathname: string; base: string; expected: Route }>([
    { pathname: '/', base: '/', expected: { name: 'explorer' } },
    { pathname: '/index.html', base: '/', expected: { name: 'explorer' } },
    { pathname: '/peta/', base: '/peta/', expected: { name: 'explorer' } },
    { pathname: '/peta', base: '/peta/', expected: { name: 'explorer' } },
    { pathname: '/peta', base: '/peta', expected: { name: 'explorer' } },
    { pathname: '/program', base: '/', expected: { name: 'program' } },
    { pathname: '/peta/program/', base: '/peta/', expected: { name: 'program' } },
    { pathname: '/program/extra', base: '/', expected: { name: 'not-found', path: '/program/extra' } },
    { pathname: '/elsewhere/', base: '/peta/', expected: { name: 'not-found', path: '/elsewhere/' } },
    { pathname: '/no-such-screen', base: '/', expected: { name: 'not-found', path: '/no-such-screen' } },
    { pathname: '/%E0%A4%A', base: '/', expected: { name: 'not-found', path: '/%E0%A4%A' } },
  ])('reads $pathname under $base as $expected.name', ({ pathname, base, expected }) => {
    expect(parseRoute(pathname, base)).toEqual(expected)
  })
})

describe('routePath()', () => {
  it.each<{ route: Route; base: string }>([
    { route: { name: 'explorer' }, base: '/' },
    { route: { name: 'explorer' }, base: '/peta/' },
    { route: { name: 'program' }, base: '/peta/' },
  ])('writes a path that parses back to $route.name under $base', ({ route, base }) => {
    expect(parseRoute(routePath(route, base), base)).toEqual(route)
  })
})
