import { describe, expect, it } from 'vitest'
import { isNearDuplicateName } from './near-duplicate'
import { issueKk, issueNik, makePerson, makePersonRegistry, regionPrefix } from './persons'
import { makeRandom } from './random'

describe('regionPrefix()', () => {
  it.each([
    ['64.08.04.1010', '640804'],
    ['64.08.12', '640812'],
  ])('turns %s into %s', (kode, expected) => {
    expect(regionPrefix(kode)).toBe(expected)
  })
})

describe('issueNik()', () => {
  it.each([
    ['a man born 1980-03-07', '1980-03-07', false, '6408040703800001'],
    ['a woman born 1980-03-07 (day + 40)', '1980-03-07', true, '6408044703800001'],
    ['a baby born 2024-12-28', '2024-12-28', false, '6408042812240001'],
  ])('builds region + DDMMYY + serial for %s', (_, date, isFemale, expected) => {
    expect(issueNik(makePersonRegistry(), '640804', date, isFemale)).toBe(expected)
  })

  it('counts the serial up for the same region and birth date', () => {
    const registry = makePersonRegistry()
    const niks = [1, 2, 3].map(() => issueNik(registry, '640801', '1990-01-15', false))
    expect(niks).toEqual(['6408011501900001', '6408011501900002', '6408011501900003'])
  })
})

describe('issueKk()', () => {
  it('builds region + issue date DDMMYY + serial', () => {
    expect(issueKk(makePersonRegistry(), '640805', 2012, 11, 3)).toBe('6408050311120001')
  })
})

describe('makePerson()', () => {
  it('gives 2 000 people born in one year unique NIKs and no near-duplicate names per birth date', () => {
    const random = makeRandom(11)
    const registry = makePersonRegistry()
    const people = Array.from({ length: 2000 }, (_, index) =>
      makePerson(random, registry, {
        ethnic: 'jawa',
        isFemale: index % 2 === 1,
        birthYear: 1990,
        region: '640814',
      }),
    )
    expect(new Set(people.map((person) => person.nik)).size).toBe(people.length)
    const byDate = new Map<string, typeof people>()
    for (const person of people)
      byDate.set(person.tanggal_lahir, [...(byDate.get(person.tanggal_lahir) ?? []), person])
    for (const group of byDate.values()) {
      for (const [index, person] of group.entries()) {
        for (const other of group.slice(index + 1))
          expect(isNearDuplicateName(person.nama, other.nama)).toBe(false)
      }
    }
  })

  it('encodes the birth date and sex in the NIK', () => {
    const person = makePerson(makeRandom(12), makePersonRegistry(), {
      ethnic: 'bugis',
      isFemale: true,
      birthYear: 1975,
      region: '640805',
    })
    const [year, month, day] = person.tanggal_lahir.split('-')
    expect(person.nik.slice(0, 6)).toBe('640805')
    expect(person.nik.slice(6, 12)).toBe(`${Number(day) + 40}${month}${year?.slice(2)}`)
  })

  it('keeps babies of a mid-year snapshot born by June', () => {
    const random = makeRandom(13)
    const registry = makePersonRegistry()
    const spec = {
      ethnic: 'kutai',
      isFemale: false,
      birthYear: 2025,
      region: '640801',
      lastMonth: 6,
    } as const
    const months = Array.from({ length: 200 }, () =>
      Number(makePerson(random, registry, spec).tanggal_lahir.slice(5, 7)),
    )
    expect(Math.max(...months)).toBeLessThanOrEqual(6)
  })
})
