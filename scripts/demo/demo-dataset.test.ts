import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEMO_FILES, writeDemoDataset } from './demo-dataset'
import { generateDemo } from './generate-demo'
import { makeRegions } from './make-regions'
import { formatCsvLine, IDM_COLUMNS, KELUARGA_COLUMNS, PENERIMA_BANTUAN_COLUMNS } from './write-csv'

describe('writeDemoDataset()', () => {
  it('writes the five import files in load order and a ground truth whose rows are the file lines it names', async () => {
    const result = generateDemo({ regions: makeRegions(2), seed: 3, scale: 0.01 })
    // IDM and Dana Desa need Kutai Timur's 139 desa; their writers are covered by the header check.
    const folder = await mkdtemp(path.join(os.tmpdir(), 'demo-'))
    try {
      const files = await writeDemoDataset(folder, { demo: result, idm: [], danaDesa: [] })
      expect(files.map((file) => file.file)).toEqual([
        ...DEMO_FILES.map((entry) => entry.file),
        'ground-truth.json',
      ])
      expect(await readFile(path.join(folder, 'idm.csv'), 'utf8')).toBe(`${IDM_COLUMNS.join(',')}\n`)
      const lines = {
        'keluarga.csv': (await readFile(path.join(folder, 'keluarga.csv'), 'utf8')).split('\n'),
        'penerima_bantuan.csv': (await readFile(path.join(folder, 'penerima_bantuan.csv'), 'utf8')).split(
          '\n',
        ),
      }
      const groundTruth = JSON.parse(await readFile(path.join(folder, 'ground-truth.json'), 'utf8'))
      expect(groundTruth).toEqual(result.groundTruth)
      for (const anomaly of result.groundTruth.anomalies) {
        for (const { file, row, values } of anomaly.rows) {
          const columns = file === 'keluarga.csv' ? KELUARGA_COLUMNS : PENERIMA_BANTUAN_COLUMNS
          expect(lines[file][row]).toBe(formatCsvLine(values as never, columns as never))
        }
      }
    } finally {
      await rm(folder, { recursive: true })
    }
  })
})
