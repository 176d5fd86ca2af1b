/**
 * The plain fix for each kind of import problem, in Bahasa Indonesia and English: pure declarations, read
 * by the workbench's report beside the count of each kind. A fix says what to do in the spreadsheet, for
 * every row of that kind at once; the row's own message (issue-templates.ts) says what is wrong with it.
 */
import type { Language } from '../lib/language.ts'
import type { IssueCode } from './import-issue.ts'

/** Both languages of every code; a missing entry is a compile error. */
export const ISSUE_FIXES: Readonly<Record<IssueCode, Readonly<Record<Language, string>>>> = {
  empty_file: {
    id: 'Pilih file yang berisi header dan data.',
    en: 'Choose a file that holds a header and data.',
  },
  not_utf8: {
    id: 'Simpan ulang file sebagai "CSV UTF-8" lalu unggah lagi.',
    en: 'Save the file again as "CSV UTF-8" and upload it again.',
  },
  no_rows: {
    id: 'Tambahkan baris data di bawah header.',
    en: 'Add data rows below the header.',
  },
  wrong_delimiter: {
    id: 'Simpan ulang sebagai CSV berpemisah koma.',
    en: 'Save the file again as comma-separated CSV.',
  },
  missing_column: {
    id: 'Petakan kolom wajib ini ke salah satu kolom file, atau tambahkan kolomnya.',
    en: 'Map this required column to one of the file’s columns, or add the column.',
  },
  unknown_column: {
    id: 'Petakan kolom ini atau pilih "(abaikan)".',
    en: 'Map this column or choose "(ignore)".',
  },
  duplicate_column: {
    id: 'Abaikan salah satu kolom yang terpetakan dua kali.',
    en: 'Ignore one of the two columns mapped to the same data column.',
  },
  unclosed_quote: {
    id: 'Cari tanda kutip (") yang tidak ditutup mulai baris yang disebut, lalu perbaiki.',
    en: 'Find the quote (") that is never closed from the row named, and fix it.',
  },
  bad_quotes: {
    id: 'Perbaiki tanda kutip di baris itu, atau hapus kutipnya.',
    en: 'Fix the quotes in those rows, or remove them.',
  },
  field_count: {
    id: 'Samakan jumlah sel baris itu dengan jumlah kolom header (cari koma atau titik koma berlebih).',
    en: 'Give those rows as many cells as the header has columns (look for extra commas or semicolons).',
  },
  required: { id: 'Isi sel yang kosong.', en: 'Fill in the empty cells.' },
  not_integer: {
    id: 'Tulis bilangan bulat saja, tanpa titik ribuan atau teks.',
    en: 'Write whole numbers only, without thousands dots or text.',
  },
  integer_range: {
    id: 'Perbaiki nilai di luar rentang yang disebut.',
    en: 'Correct the values outside the range given.',
  },
  integer_min: {
    id: 'Perbaiki nilai di bawah batas bawah (biasanya nilai negatif).',
    en: 'Correct the values below the lower bound (usually negative ones).',
  },
  integer_too_large: {
    id: 'Periksa nilai yang terlalu besar (mungkin salah ketik).',
    en: 'Check the values that are too large (perhaps typing mistakes).',
  },
  not_decimal: {
    id: 'Tulis angka desimal dengan titik, mis. 0.6523.',
    en: 'Write decimal numbers with a dot, e.g. 0.6523.',
  },
  decimal_places: {
    id: 'Bulatkan nilai ke jumlah desimal yang disebut.',
    en: 'Round the values to the number of decimals given.',
  },
  decimal_range: {
    id: 'Perbaiki nilai di luar rentang yang disebut.',
    en: 'Correct the values outside the range given.',
  },
  not_flag: { id: 'Tulis 1 untuk ya dan 0 untuk tidak.', en: 'Write 1 for yes and 0 for no.' },
  not_enum: {
    id: 'Pakai salah satu nilai yang disebut di pesan.',
    en: 'Use one of the values listed in the message.',
  },
  not_id16: {
    id: 'Format kolom sebagai Teks dan isi 16 angka NIK/KK.',
    en: 'Format the column as Text and enter the 16 digits of the NIK/KK.',
  },
  not_kode_desa: {
    id: 'Tulis kode Kemendagri 10 angka, dengan atau tanpa titik (64.08.01.2001 atau 6408012001).',
    en: 'Write the 10-digit Kemendagri code, with or without dots (64.08.01.2001 or 6408012001).',
  },
  text_length: {
    id: 'Perpendek atau lengkapi teks sesuai panjang yang disebut.',
    en: 'Shorten or complete the text to the length given.',
  },
  not_date: {
    id: 'Tulis tanggal sebagai TTTT-BB-HH atau HH/BB/TTTT.',
    en: 'Write dates as YYYY-MM-DD or DD/MM/YYYY.',
  },
  invalid_date: {
    id: 'Perbaiki tanggal yang tidak ada (mis. 31 April).',
    en: 'Correct dates that do not exist (e.g. 31 April).',
  },
  future_date: {
    id: 'Perbaiki tanggal di masa depan.',
    en: 'Correct the dates in the future.',
  },
  year_range: {
    id: 'Perbaiki tahun di luar rentang yang disebut.',
    en: 'Correct the years outside the range given.',
  },
  possibly_truncated: {
    id: 'Periksa baris terakhir di file asli, lalu akhiri file dengan baris baru (Enter).',
    en: 'Check the last row in the original file, then end the file with a line break (Enter).',
  },
  extreme_not_poor: {
    id: 'Isi miskin = 1 untuk keluarga miskin ekstrem, atau perbaiki miskin_ekstrem.',
    en: 'Set miskin = 1 for extremely poor households, or correct miskin_ekstrem.',
  },
  identity_missing: {
    id: 'Isi id_keluarga atau nik.',
    en: 'Fill in id_keluarga or nik.',
  },
  sum_mismatch: {
    id: 'Samakan jumlahnya dengan penjumlahan kolom yang disebut.',
    en: 'Make the total equal the sum of the columns named.',
  },
  exceeds: {
    id: 'Perbaiki nilai yang melebihi batasnya.',
    en: 'Correct the values that exceed their limit.',
  },
  idm_mean: {
    id: 'Hitung ulang skor_idm sebagai rata-rata iks, ike dan ikl.',
    en: 'Recompute skor_idm as the mean of iks, ike and ikl.',
  },
  idm_status: {
    id: 'Sesuaikan status dengan skor_idm menurut ambang resmi.',
    en: 'Make the status agree with skor_idm by the official thresholds.',
  },
  unknown_desa: {
    id: 'Perbaiki kode desa; kode harus ada di daftar desa/kelurahan wilayah ini.',
    en: 'Correct the village codes; they must be in this region’s list of desa and kelurahan.',
  },
  kelurahan_not_allowed: {
    id: 'Hapus baris kelurahan dari file ini (hanya desa yang memilikinya).',
    en: 'Remove the kelurahan rows from this file (only desa have it).',
  },
  duplicate_key: {
    id: 'Hapus atau gabungkan baris ganda untuk desa dan tahun yang sama.',
    en: 'Remove or merge the duplicate rows of one village and year.',
  },
  desa_name_unknown: {
    id: 'Perbaiki nama desa agar sama dengan daftar desa wilayah ini, atau isi kolom kode desa.',
    en: 'Correct the village names to match the region’s list, or fill in a village code column.',
  },
  desa_name_ambiguous: {
    id: 'Tambahkan kolom kecamatan, atau tulis kode desa untuk nama yang ada lebih dari satu.',
    en: 'Add a kecamatan column, or give the village code of names that occur more than once.',
  },
  desa_name_unconfirmed: {
    id: 'Periksa dan konfirmasi usulan pencocokan nama di atas, atau perbaiki nama di file.',
    en: 'Check and confirm the proposed name matches above, or correct the names in the file.',
  },
  desa_wrong_kecamatan: {
    id: 'Perbaiki kecamatan atau nama desa: desa itu ada di kecamatan lain.',
    en: 'Correct the kecamatan or the village name: that village lies in another kecamatan.',
  },
  kecamatan_name_unknown: {
    id: 'Perbaiki nama kecamatan agar sama dengan daftar kecamatan wilayah ini.',
    en: 'Correct the kecamatan names to match the region’s list.',
  },
}
