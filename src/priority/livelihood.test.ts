import { describe, expect, it } from 'vitest'
import type { Livelihood } from './criteria.ts'
import { dominantLivelihood, type LivelihoodShare } from './livelihood.ts'

const ada = (value: number): LivelihoodShare => ({ value, status: 'ada' })
const withheld: LivelihoodShare = { value: null, status: 'ditahan' }
const none: LivelihoodShare = { value: null, status: 'tidak_ada' }

describe('dominantLivelihood()', () => {
  it.each<{
    name: string
    petani: LivelihoodShare
    nelayan: LivelihoodShare
    umkm: LivelihoodShare
    expected: Livelihood | null
  }>([
    { name: 'the largest share', petani: ada(60), nelayan: ada(25), umkm: ada(15), expected: 'petani' },
    {
      name: 'fishers ahead of a withheld share',
      petani: withheld,
      nelayan: ada(12),
      umkm: ada(0),
      expected: 'nelayan',
    },
    {
      name: 'a withheld share ahead of zeros',
      petani: ada(0),
      nelayan: withheld,
      umkm: ada(0),
      expected: 'nelayan',
    },
    {
      name: 'nothing for two withheld shares on top',
      petani: withheld,
      nelayan: withheld,
      umkm: ada(0),
      expected: null,
    },
    { name: 'nothing for a tie', petani: ada(40), nelayan: ada(40), umkm: ada(20), expected: null },
    {
      name: 'nothing when a share is unpublished',
      petani: ada(70),
      nelayan: none,
      umkm: ada(5),
      expected: null,
    },
    { name: 'nothing when all are zero', petani: ada(0), nelayan: ada(0), umkm: ada(0), expected: null },
  ])('gives $name', ({ petani, nelayan, umkm, expected }) => {
    expect(dominantLivelihood({ petani, nelayan, umkm })).toBe(expected)
  })
})
