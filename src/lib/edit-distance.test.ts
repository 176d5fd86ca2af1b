import { describe, expect, it } from 'vitest'
import { editDistance } from './edit-distance.ts'

describe('editDistance()', () => {
  // Each pair is measured both ways round, so a pair and its mirror are one row.
  it.each<[string, string, number]>([
    ['', '', 0],
    ['abc', '', 3],
    ['sangatta utara', 'sangatta utara', 0],
    ['sangata utara', 'sangatta utara', 1],
    ['kelinjau ilr', 'kelinjau ilir', 1],
    ['ialr', 'ilar', 1],
    ['kitten', 'sitting', 3],
    ['sukamaju', 'sukamaji', 1],
    ['sukamaja', 'sukamulya', 3],
    ['ab', 'ba', 1],
    ['abc', 'ca', 3],
  ])('%j to %j is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected)
    expect(editDistance(b, a)).toBe(expected)
  })

  it.each<[string, string, number, number]>([
    ['kitten', 'sitting', 1, 2],
    ['kitten', 'sitting', 2, 3],
    ['kitten', 'sitting', 3, 3],
    ['a', 'abcdef', 2, 3],
    ['sangata', 'sangatta', 0, 1],
  ])('%j to %j with limit %i answers %i', (a, b, limit, expected) => {
    expect(editDistance(a, b, limit)).toBe(expected)
  })
})
