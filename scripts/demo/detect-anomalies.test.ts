import { describe, expect, it } from 'vitest'
import {
  findDisallowedCombinations,
  findDuplicateNiks,
  findNearDuplicateNames,
  findRepeatedRows,
} from './detect-anomalies'
import type { KeluargaRow, PenerimaBantuanRow } from './types'

const makeHousehold = (overrides: Partial<KeluargaRow>): KeluargaRow => ({
  id_keluarga: '6408011203150001',
  kode_desa: '64.08.01.2001',
  periode: 2024,
  desil: 3,
  jumlah_anggota: 4,
  mata_pencaharian: 'petani',
  miskin: 0,
  miskin_ekstrem: 0,
  nik_kepala: '6408010101800001',
  nama_kepala: 'Budi Santoso',
  tanggal_lahir_kepala: '1980-01-01',
  ...overrides,
})

const makeRecipient = (overrides: Partial<PenerimaBantuanRow>): PenerimaBantuanRow => ({
  program: 'PBI_JKN',
  tahun: 2024,
  id_keluarga: '6408011203150001',
  nik: '6408010101800001',
  nama: 'Budi Santoso',
  tanggal_lahir: '1980-01-01',
  kode_desa: '64.08.01.2001',
  nilai_rp: 504_000,
  ...overrides,
})

describe('findDuplicateNiks()', () => {
  it.each([
    [
      'one NIK heading households in two villages',
      [makeHousehold({}), makeHousehold({ kode_desa: '64.08.05.2001' })],
      1,
    ],
    [
      'the same NIK in one village',
      [makeHousehold({}), makeHousehold({ id_keluarga: '6408011203150002' })],
      0,
    ],
    [
      'the same NIK in two periods',
      [makeHousehold({}), makeHousehold({ periode: 2023, kode_desa: '64.08.05.2001' })],
      0,
    ],
    ['no rows', [], 0],
  ])('finds %s: %i', (_, rows, expected) => {
    expect(findDuplicateNiks(rows)).toHaveLength(expected)
  })
})

describe('findRepeatedRows()', () => {
  it.each([
    ['an identical row', [makeRecipient({}), makeRecipient({})], 1],
    ['a row differing in the amount', [makeRecipient({}), makeRecipient({ nilai_rp: 1 })], 0],
    ['the same person in two programs', [makeRecipient({}), makeRecipient({ program: 'PIP' })], 0],
    ['three copies (one finding)', [makeRecipient({}), makeRecipient({}), makeRecipient({})], 1],
  ])('finds %s: %i', (_, rows, expected) => {
    expect(findRepeatedRows(rows)).toHaveLength(expected)
  })
})

describe('findDisallowedCombinations()', () => {
  const family = { nik: null, program: 'BLT_DD' } as const
  it.each([
    ['BLT-DD with PKH', [makeRecipient(family), makeRecipient({ ...family, program: 'PKH' })], 1],
    ['BLT-DD with BPNT', [makeRecipient(family), makeRecipient({ ...family, program: 'BPNT' })], 1],
    [
      'PKH with BPNT (allowed)',
      [makeRecipient({ ...family, program: 'PKH' }), makeRecipient({ ...family, program: 'BPNT' })],
      0,
    ],
    [
      'BLT-DD and PKH in different years',
      [makeRecipient(family), makeRecipient({ ...family, program: 'PKH', tahun: 2023 })],
      0,
    ],
  ])('finds %s: %i', (_, rows, expected) => {
    expect(findDisallowedCombinations(rows)).toHaveLength(expected)
  })
})

describe('findNearDuplicateNames()', () => {
  const other = { nik: '6408050101800001', kode_desa: '64.08.05.2001', id_keluarga: null }
  it.each([
    ['a typo under another NIK', [makeRecipient({}), makeRecipient({ ...other, nama: 'Budi Santsoo' })], 1],
    [
      'a spelling variant under another NIK',
      [makeRecipient({ nama: 'Muhammad Arif' }), makeRecipient({ ...other, nama: 'Muhamad Arif' })],
      1,
    ],
    ['the same NIK twice', [makeRecipient({}), makeRecipient({ nama: 'Budi Santsoo' })], 0],
    [
      'another birth date',
      [makeRecipient({}), makeRecipient({ ...other, nama: 'Budi Santsoo', tanggal_lahir: '1980-01-02' })],
      0,
    ],
    [
      'another program',
      [makeRecipient({}), makeRecipient({ ...other, nama: 'Budi Santsoo', program: 'PIP' })],
      0,
    ],
    ['a clearly different name', [makeRecipient({}), makeRecipient({ ...other, nama: 'Slamet Riyadi' })], 0],
  ])('finds %s: %i', (_, rows, expected) => {
    expect(findNearDuplicateNames(rows)).toHaveLength(expected)
  })
})
