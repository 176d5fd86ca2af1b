/**
 * The sentence for each import problem code, in Bahasa Indonesia and English: pure declarations, read by
 * `import-messages.ts`. Numbers are written as plain digits, the way the file holds them. A template gets
 * the issue (for its value) and a reader of its parameters.
 */
import type { Language } from '../lib/language.ts'
import type { ImportIssue, IssueCode } from './import-issue.ts'

/** Builds the "what is wrong" half of a message; `param` reads `issue.params` as text. */
export type Template = (issue: ImportIssue, param: (name: string) => string) => string

/** Both languages of every code; a missing entry is a compile error. */
export const ISSUE_TEMPLATES: Readonly<Record<IssueCode, Readonly<Record<Language, Template>>>> = {
  empty_file: {
    id: () => 'file kosong, tidak ada baris header.',
    en: () => 'the file is empty; there is no header row.',
  },
  not_utf8: {
    id: () => 'file bukan UTF-8 (ada karakter yang tidak terbaca); simpan ulang sebagai "CSV UTF-8".',
    en: () => 'the file is not UTF-8 (some characters cannot be read); save it again as "CSV UTF-8".',
  },
  no_rows: {
    id: () => 'file hanya berisi header, tanpa baris data.',
    en: () => 'the file has a header but no data rows.',
  },
  wrong_delimiter: {
    id: (_, p) =>
      `header dipisah dengan "${p('delimiter')}", bukan koma; simpan ulang sebagai CSV berpemisah koma.`,
    en: (_, p) =>
      `the header is separated by "${p('delimiter')}", not commas; save the file again as comma-separated CSV.`,
  },
  missing_column: {
    id: () => 'kolom wajib ini tidak ada di header.',
    en: () => 'this required column is missing from the header.',
  },
  unknown_column: {
    id: (_, p) => `kolom ke-${p('position')} tidak dikenal; kolom yang diharapkan: ${p('expected')}.`,
    en: (_, p) =>
      `column ${p('position')} is not part of this file type; expected columns: ${p('expected')}.`,
  },
  duplicate_column: {
    id: () => 'kolom ini muncul lebih dari sekali di header.',
    en: () => 'this column appears more than once in the header.',
  },
  unclosed_quote: {
    id: () => 'tanda kutip (") dibuka tetapi tidak ditutup, sehingga sisa file terbaca sebagai satu sel.',
    en: () => 'a quote (") is opened but never closed, so the rest of the file reads as one cell.',
  },
  bad_quotes: {
    id: () => 'tanda kutip (") di baris ini salah letak; sel berkutip harus diakhiri kutip lalu koma.',
    en: () =>
      'a quote (") in this row is misplaced; a quoted cell must end with a quote followed by a comma.',
  },
  field_count: {
    id: (_, p) => `baris ini berisi ${p('actual')} sel, sedangkan header ${p('expected')} kolom.`,
    en: (_, p) => `this row has ${p('actual')} cells but the header has ${p('expected')} columns.`,
  },
  required: {
    id: () => 'sel kosong, padahal wajib diisi.',
    en: () => 'the cell is empty but required.',
  },
  not_integer: {
    id: (i) => `nilai "${i.value}" bukan bilangan bulat (tulis angka saja, tanpa pemisah ribuan).`,
    en: (i) => `value "${i.value}" is not a whole number (write digits only, no thousands separators).`,
  },
  integer_range: {
    id: (i, p) => `nilai "${i.value}" harus bilangan bulat ${p('min')}–${p('max')}.`,
    en: (i, p) => `value "${i.value}" must be a whole number ${p('min')}–${p('max')}.`,
  },
  integer_min: {
    id: (i, p) => `nilai "${i.value}" harus bilangan bulat ≥ ${p('min')}.`,
    en: (i, p) => `value "${i.value}" must be a whole number ≥ ${p('min')}.`,
  },
  integer_too_large: {
    id: (i, p) => `nilai "${i.value}" terlalu besar (paling banyak ${p('max')}).`,
    en: (i, p) => `value "${i.value}" is too large (at most ${p('max')}).`,
  },
  not_decimal: {
    id: (i) => `nilai "${i.value}" bukan angka desimal; pakai titik sebagai pemisah desimal, mis. 0.6523.`,
    en: (i) => `value "${i.value}" is not a decimal number; use a dot as the decimal separator, e.g. 0.6523.`,
  },
  decimal_places: {
    id: (i, p) => `nilai "${i.value}" punya lebih dari ${p('places')} angka di belakang titik.`,
    en: (i, p) => `value "${i.value}" has more than ${p('places')} digits after the dot.`,
  },
  decimal_range: {
    id: (i, p) => `nilai "${i.value}" harus di antara ${p('min')} dan ${p('max')}.`,
    en: (i, p) => `value "${i.value}" must be between ${p('min')} and ${p('max')}.`,
  },
  not_flag: {
    id: (i) => `nilai "${i.value}" harus 0 atau 1.`,
    en: (i) => `value "${i.value}" must be 0 or 1.`,
  },
  not_enum: {
    id: (i, p) =>
      `nilai "${i.value}" tidak dikenal; pilihan: ${p('values')}.${i.params.suggestion ? ` Maksudnya "${p('suggestion')}"?` : ''}`,
    en: (i, p) =>
      `value "${i.value}" is not allowed; choose one of: ${p('values')}.${i.params.suggestion ? ` Did you mean "${p('suggestion')}"?` : ''}`,
  },
  not_id16: {
    id: (i) =>
      `nilai "${i.value}" harus tepat 16 angka.${i.params.hint === 'scientific' ? ' Excel mengubahnya menjadi notasi ilmiah: format kolom sebagai Teks lalu isi ulang.' : ''}`,
    en: (i) =>
      `value "${i.value}" must be exactly 16 digits.${i.params.hint === 'scientific' ? ' Excel turned it into scientific notation: format the column as Text and enter it again.' : ''}`,
  },
  not_kode_desa: {
    id: (i) => `nilai "${i.value}" bukan kode desa Kemendagri (bentuknya seperti 64.08.01.2001).`,
    en: (i) => `value "${i.value}" is not a Kemendagri village code (it looks like 64.08.01.2001).`,
  },
  text_length: {
    id: (_, p) => `panjang teks harus ${p('min')}–${p('max')} karakter (sekarang ${p('length')}).`,
    en: (_, p) => `the text must be ${p('min')}–${p('max')} characters long (it has ${p('length')}).`,
  },
  not_date: {
    id: (i) => `nilai "${i.value}" bukan tanggal berformat TTTT-BB-HH (mis. 1980-03-12).`,
    en: (i) => `value "${i.value}" is not a date in the format YYYY-MM-DD (e.g. 1980-03-12).`,
  },
  invalid_date: {
    id: (i) => `tanggal "${i.value}" tidak ada di kalender.`,
    en: (i) => `date "${i.value}" does not exist in the calendar.`,
  },
  future_date: {
    id: (i, p) => `tanggal "${i.value}" ada di masa depan (hari ini ${p('today')}).`,
    en: (i, p) => `date "${i.value}" is in the future (today is ${p('today')}).`,
  },
  year_range: {
    id: (i, p) =>
      `tahun "${i.value}" di luar rentang yang diterima ${p('min')}–${p('max')} (paling jauh tahun depan).`,
    en: (i, p) =>
      `year "${i.value}" is outside the accepted range ${p('min')}–${p('max')} (next year at the latest).`,
  },
  possibly_truncated: {
    id: (i) =>
      `file berakhir tanpa baris baru di tengah sel ini ("${i.value}"), jadi baris terakhir mungkin terpotong ` +
      '(mis. 7500000 terbaca 750). Periksa baris ini di file asli; bila lengkap, akhiri file dengan baris baru ' +
      '(Enter) lalu impor lagi.',
    en: (i) =>
      `the file ends without a line break inside this cell ("${i.value}"), so the last row may be cut short ` +
      '(e.g. 7500000 read as 750). Check this row in the original file; if it is complete, end the file with a ' +
      'line break (Enter) and import it again.',
  },
  extreme_not_poor: {
    id: () => 'miskin_ekstrem = 1 tetapi miskin = 0; keluarga miskin ekstrem pasti juga miskin.',
    en: () => 'miskin_ekstrem = 1 but miskin = 0; an extremely poor household is also poor.',
  },
  identity_missing: {
    id: () => 'id_keluarga dan nik sama-sama kosong; isi paling sedikit salah satunya.',
    en: () => 'id_keluarga and nik are both empty; fill in at least one of them.',
  },
  sum_mismatch: {
    id: (i, p) => `nilai "${i.value}" harus sama dengan ${p('terms')} = ${p('sum')}.`,
    en: (i, p) => `value "${i.value}" must equal ${p('terms')} = ${p('sum')}.`,
  },
  exceeds: {
    id: (_, p) => `${p('terms')} = ${p('sum')} melebihi ${p('limit_column')} = ${p('limit')}.`,
    en: (_, p) => `${p('terms')} = ${p('sum')} is more than ${p('limit_column')} = ${p('limit')}.`,
  },
  idm_mean: {
    id: (i, p) =>
      `nilai "${i.value}" harus rata-rata iks, ike dan ikl = ${p('mean')} (selisih paling banyak 0.0002).`,
    en: (i, p) => `value "${i.value}" must be the mean of iks, ike and ikl = ${p('mean')} (within 0.0002).`,
  },
  idm_status: {
    id: (i, p) =>
      `status "${i.value}" tidak cocok dengan skor_idm ${p('score')}; menurut ambang resmi statusnya "${p('expected')}".`,
    en: (i, p) =>
      `status "${i.value}" does not match skor_idm ${p('score')}; by the official thresholds it is "${p('expected')}".`,
  },
  unknown_desa: {
    id: (i) => `kode "${i.value}" tidak ada di daftar desa/kelurahan wilayah ini.`,
    en: (i) => `code "${i.value}" is not a desa or kelurahan of this region.`,
  },
  kelurahan_not_allowed: {
    id: (i, p) =>
      `"${i.value}" adalah kelurahan; file ${p('kind')} hanya untuk desa (kelurahan tidak memilikinya).`,
    en: (i, p) => `"${i.value}" is a kelurahan; a ${p('kind')} file is for desa only (kelurahan have none).`,
  },
  duplicate_key: {
    id: (i, p) => `kode_desa "${i.value}" dengan tahun ${p('tahun')} sudah ada di baris ${p('first_row')}.`,
    en: (i, p) => `kode_desa "${i.value}" with tahun ${p('tahun')} already appears in row ${p('first_row')}.`,
  },
  desa_name_unknown: {
    id: (i, p) =>
      `tidak ada desa/kelurahan bernama "${i.value}"${i.params.kecamatan ? ` di Kecamatan ${p('kecamatan')}` : ' di wilayah ini'}, juga tidak yang mirip.`,
    en: (i, p) =>
      `no desa or kelurahan is named "${i.value}"${i.params.kecamatan ? ` in Kecamatan ${p('kecamatan')}` : ' in this region'}, nor anything close.`,
  },
  desa_name_ambiguous: {
    id: (i, p) =>
      `nama "${i.value}" bisa berarti lebih dari satu desa: ${p('candidates')}; tidak dipilih salah satunya.`,
    en: (i, p) =>
      `the name "${i.value}" could be more than one village: ${p('candidates')}; none was picked.`,
  },
  desa_name_unconfirmed: {
    id: (i, p) =>
      `nama "${i.value}" diusulkan cocok dengan ${p('match')}; konfirmasi usulan ini di daftar pencocokan nama desa.`,
    en: (i, p) =>
      `the name "${i.value}" is proposed to match ${p('match')}; confirm this proposal in the list of village name matches.`,
  },
  desa_wrong_kecamatan: {
    id: (i, p) =>
      `desa "${i.value}" tidak ada di Kecamatan ${p('kecamatan')}; desa bernama itu ada di ${p('found')}.`,
    en: (i, p) =>
      `village "${i.value}" is not in Kecamatan ${p('kecamatan')}; a village of that name lies in ${p('found')}.`,
  },
  kecamatan_name_unknown: {
    id: (i, p) =>
      `kecamatan "${i.value}" tidak dikenal di wilayah ini${i.params.candidates ? ` (bisa berarti ${p('candidates')})` : ''}.`,
    en: (i, p) =>
      `kecamatan "${i.value}" is not known in this region${i.params.candidates ? ` (it could be ${p('candidates')})` : ''}.`,
  },
}
