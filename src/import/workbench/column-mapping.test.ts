import { describe, expect, it } from 'vitest'
import { itReturnsEach } from '../testing/each-return.ts'
import {
  mappingProblems,
  mappingSourceKey,
  normaliseHeader,
  proposeMapping,
  rankKinds,
} from './column-mapping.ts'

describe('column mapping', () => {
  itReturnsEach(normaliseHeader, [
    ['NIK KRT', 'nik_krt'],
    [' Kode Desa/Kelurahan ', 'kode_desa_kelurahan'],
    ['Tgl. Lahir', 'tgl_lahir'],
    ['KODE_DESA', 'kode_desa'],
    ['Périodé', 'periode'],
  ])

  it('proposeMapping() maps synonyms and ignores columns it does not know', () => {
    const proposal = proposeMapping('keluarga', ['No', 'NIK KRT', 'Nama KRT', 'Kode Desa', 'Keterangan'])
    expect(proposal.mapping).toEqual([null, 'nik_kepala', 'nama_kepala', 'kode_desa', null])
    expect(proposal.missing).toContain('desil')
  })

  it('rankKinds() puts the kind whose required columns are all there first', () => {
    const idm = rankKinds(['Kode Desa', 'Tahun', 'Skor IDM', 'IKS', 'IKE', 'IKL', 'Status IDM'])
    expect(idm[0]?.kind).toBe('idm')
    const penduduk = rankKinds([
      'kode_desa',
      'tahun',
      'jumlah_penduduk',
      'laki_laki',
      'perempuan',
      'jumlah_kk',
    ])
    expect(penduduk[0]?.kind).toBe('penduduk')
  })

  it('mappingProblems() names required columns left out and columns mapped twice', () => {
    expect(mappingProblems('penduduk', ['kode_desa', 'kode_desa', 'tahun'])).toEqual({
      missing: ['jumlah_penduduk', 'laki_laki', 'perempuan', 'jumlah_kk'],
      doubled: ['kode_desa'],
    })
  })

  it('mappingSourceKey() is the same for a source whatever the case or spacing of its header', () => {
    expect(mappingSourceKey('keluarga', ['NIK KRT', 'Kode Desa'])).toBe(
      mappingSourceKey('keluarga', ['nik  krt', 'KODE-DESA']),
    )
  })
})
