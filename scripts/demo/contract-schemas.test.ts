import { describe, expect, it } from 'vitest'
import { keluargaSchema, pendudukSchema, penerimaBantuanSchema } from './contract-schemas'

const TODAY = new Date('2026-01-01T00:00:00Z')

const household = {
  id_keluarga: '6408011203150001',
  kode_desa: '64.08.01.2001',
  periode: 2024,
  desil: 3,
  jumlah_anggota: 4,
  mata_pencaharian: 'petani',
  miskin: 1,
  miskin_ekstrem: 0,
  nik_kepala: '6408010101800001',
  nama_kepala: 'Budi Santoso',
  tanggal_lahir_kepala: '1980-01-01',
}
const recipient = {
  program: 'PBI_JKN',
  tahun: 2024,
  id_keluarga: null,
  nik: '6408010101800001',
  nama: 'Budi Santoso',
  tanggal_lahir: '1980-01-01',
  kode_desa: '64.08.01.2001',
  nilai_rp: 504_000,
}
const population = {
  kode_desa: '64.08.01.2001',
  tahun: 2024,
  jumlah_penduduk: 3,
  laki_laki: 2,
  perempuan: 1,
  jumlah_kk: 1,
}

describe('keluargaSchema()', () => {
  it.each([
    ['a valid row', {}, true],
    ['desil 11', { desil: 11 }, false],
    ['a 15-digit NIK', { nik_kepala: '640801010180000' }, false],
    ['a birth date in the future', { tanggal_lahir_kepala: '2030-01-01' }, false],
    ['an impossible date', { tanggal_lahir_kepala: '1980-02-30' }, false],
    ['extreme poverty without poverty', { miskin: 0, miskin_ekstrem: 1 }, false],
    ['an unknown livelihood', { mata_pencaharian: 'pns' }, false],
    ['an extra column', { catatan: 'x' }, false],
  ])('judges %s', (_, change, valid) => {
    expect(keluargaSchema(TODAY).safeParse({ ...household, ...change }).success).toBe(valid)
  })
})

describe('penerimaBantuanSchema()', () => {
  it.each([
    ['a valid person row', {}, true],
    ['a family row without NIK', { nik: null, id_keluarga: '6408011203150001' }, true],
    ['a row with neither KK nor NIK', { nik: null }, false],
    ['a negative amount', { nilai_rp: -1 }, false],
    ['an unknown program', { program: 'KIP' }, false],
  ])('judges %s', (_, change, valid) => {
    expect(penerimaBantuanSchema(TODAY).safeParse({ ...recipient, ...change }).success).toBe(valid)
  })
})

describe('pendudukSchema', () => {
  it.each([
    ['a valid row', {}, true],
    ['a total that is not men + women', { jumlah_penduduk: 4 }, false],
    ['a kecamatan code', { kode_desa: '64.08.01' }, false],
  ])('judges %s', (_, change, valid) => {
    expect(pendudukSchema.safeParse({ ...population, ...change }).success).toBe(valid)
  })
})
