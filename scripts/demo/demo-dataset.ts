/**
 * The whole demo dataset in the five import formats: households, aid recipients and population from
 * {@link generateDemo}, IDM and Dana Desa from their generators (which read the household summaries), all
 * deterministic for one seed. Calibrated for Kutai Timur (64.08) only: the IDM targets need its 139 desa.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { generateDanaDesa } from './dana-desa'
import { type DemoResult, type GenerateDemoOptions, generateDemo, type WrittenFile } from './generate-demo'
import { generateIdm } from './idm'
import type { DanaDesaRow, IdmRow } from './types'
import {
  DANA_DESA_COLUMNS,
  IDM_COLUMNS,
  KELUARGA_COLUMNS,
  PENDUDUK_COLUMNS,
  PENERIMA_BANTUAN_COLUMNS,
  writeCsv,
} from './write-csv'

/** Every table of the demo. */
export interface DemoDataset {
  demo: DemoResult
  idm: IdmRow[]
  danaDesa: DanaDesaRow[]
}

/** The import kinds in the order they load: public statistics first, then the personal data. */
export const DEMO_FILES = [
  { kind: 'penduduk', file: 'penduduk.csv' },
  { kind: 'idm', file: 'idm.csv' },
  { kind: 'dana_desa', file: 'dana_desa.csv' },
  { kind: 'keluarga', file: 'keluarga.csv' },
  { kind: 'penerima_bantuan', file: 'penerima_bantuan.csv' },
] as const

/** Written beside the files, so nobody mistakes them for real people. */
const SYNTHETIC_NOTICE = `DATA SINTETIS / SYNTHETIC DATA
Semua orang, NIK, nomor KK, nama dan nilai per desa di folder ini dibuat-buat oleh generator demo
(scripts/demo). Hanya total kabupaten yang dikalibrasi ke angka resmi.
Every person, NIK, family card number, name and village value in this folder is made up by the demo
generator (scripts/demo). Only the regency totals are calibrated to official figures.
`

/** Generates every table of the demo for `options.regions`. */
export function generateDemoDataset(options: GenerateDemoOptions): DemoDataset {
  const demo = generateDemo(options)
  const idm = generateIdm(options.regions, demo.summaries, options.seed)
  const danaDesa = generateDanaDesa(options.regions, demo.summaries, idm, options.seed)
  return { demo, idm, danaDesa }
}

/** Writes the five CSV files and `ground-truth.json` into `outDir` (created if missing). */
export async function writeDemoDataset(outDir: string, dataset: DemoDataset): Promise<WrittenFile[]> {
  await mkdir(outDir, { recursive: true })
  const at = (file: string): string => path.join(outDir, file)
  const { demo, idm, danaDesa } = dataset
  const groundTruth = `${JSON.stringify(demo.groundTruth, null, 2)}\n`
  await writeFile(at('ground-truth.json'), groundTruth)
  await writeFile(at('README.txt'), SYNTHETIC_NOTICE)
  const tables = [
    {
      file: 'penduduk.csv',
      rows: demo.penduduk.length,
      write: () => writeCsv(at('penduduk.csv'), demo.penduduk, PENDUDUK_COLUMNS),
    },
    { file: 'idm.csv', rows: idm.length, write: () => writeCsv(at('idm.csv'), idm, IDM_COLUMNS) },
    {
      file: 'dana_desa.csv',
      rows: danaDesa.length,
      write: () => writeCsv(at('dana_desa.csv'), danaDesa, DANA_DESA_COLUMNS),
    },
    {
      file: 'keluarga.csv',
      rows: demo.keluarga.length,
      write: () => writeCsv(at('keluarga.csv'), demo.keluarga, KELUARGA_COLUMNS),
    },
    {
      file: 'penerima_bantuan.csv',
      rows: demo.penerima.length,
      write: () => writeCsv(at('penerima_bantuan.csv'), demo.penerima, PENERIMA_BANTUAN_COLUMNS),
    },
  ]
  const written: WrittenFile[] = []
  for (const table of tables) written.push({ file: table.file, rows: table.rows, bytes: await table.write() })
  written.push({
    file: 'ground-truth.json',
    rows: demo.groundTruth.anomalies.length,
    bytes: Buffer.byteLength(groundTruth),
  })
  return written
}
