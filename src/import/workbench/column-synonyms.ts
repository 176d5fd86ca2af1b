/**
 * Other names planners' files give the contract's columns (docs/data-formats.md), as declarations: DTSEN
 * and SIKS-NG exports say `NIK KRT` (kepala rumah tangga) and `No KK`, Dinas PMD sheets `Kode Desa` or
 * `Kode Wilayah`, and lists without codes `Desa`, `Kelurahan`, `Kecamatan`. Written in the normalised form of `normaliseHeader` (lower case, `_` between words).
 * A column's own name always matches; these are the extras.
 */
export const COLUMN_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  id_keluarga: ['no_kk', 'nomor_kk', 'nokk', 'kk', 'id_kk', 'nomor_kartu_keluarga', 'no_kartu_keluarga'],
  kode_desa: [
    'kode_desa_kelurahan',
    'kode_kelurahan',
    'kd_desa',
    'kode_wilayah',
    'kode_kemendagri',
    'kode_desa_kemendagri',
  ],
  // The workbench's village names (village-name-columns.ts), matched to public.regions.
  nama_desa: [
    'desa',
    'kelurahan',
    'nama_kelurahan',
    'desa_kelurahan',
    'nama_desa_kelurahan',
    'desa_kel',
    'nama_desa_kel',
  ],
  nama_kecamatan: ['kecamatan', 'kec', 'nama_kec'],
  periode: ['periode_dtsen', 'tahun_periode', 'periode_data'],
  desil: ['desil_nasional', 'desil_kesejahteraan', 'peringkat_desil'],
  jumlah_anggota: [
    'jumlah_art',
    'jml_art',
    'jumlah_anggota_keluarga',
    'jml_anggota',
    'jumlah_anggota_rumah_tangga',
  ],
  mata_pencaharian: ['pekerjaan', 'pekerjaan_utama', 'mata_pencaharian_utama', 'lapangan_usaha'],
  miskin: ['status_miskin', 'is_miskin'],
  miskin_ekstrem: ['status_miskin_ekstrem', 'is_miskin_ekstrem', 'p3ke_ekstrem'],
  nik_kepala: ['nik_krt', 'nik_kepala_keluarga', 'nik_kepala_rumah_tangga', 'nik_kk'],
  nama_kepala: ['nama_krt', 'nama_kepala_keluarga', 'nama_kepala_rumah_tangga', 'nama_kk'],
  tanggal_lahir_kepala: [
    'tgl_lahir_krt',
    'tanggal_lahir_krt',
    'tgl_lahir_kepala',
    'tanggal_lahir_kepala_keluarga',
  ],
  program: ['jenis_bantuan', 'nama_program', 'program_bantuan'],
  tahun: ['thn', 'tahun_anggaran', 'tahun_data'],
  nik: ['nik_penerima', 'nik_art'],
  nama: ['nama_penerima', 'nama_lengkap'],
  tanggal_lahir: ['tgl_lahir', 'tanggal_lahir_penerima'],
  nilai_rp: ['nilai', 'nilai_bantuan', 'nominal', 'nominal_rp', 'jumlah_rp'],
  jumlah_penduduk: ['penduduk', 'jml_penduduk', 'total_penduduk'],
  laki_laki: ['lk', 'pria', 'jumlah_laki_laki'],
  perempuan: ['pr', 'wanita', 'jumlah_perempuan'],
  jumlah_kk: ['jml_kk', 'kk_total', 'jumlah_keluarga'],
  skor_idm: ['idm', 'nilai_idm'],
  status: ['status_idm'],
  pagu: ['pagu_dana_desa', 'total_pagu'],
}
