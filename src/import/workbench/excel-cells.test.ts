import { describe, expect, it } from 'vitest'
import type { ColumnRule } from '../import-kinds.ts'
import { cleanExcelCell } from './excel-cells.ts'

const DATE: ColumnRule = { type: 'date' }
const ID: ColumnRule = { type: 'id16' }
const KODE: ColumnRule = { type: 'kode_desa' }

describe('cleanExcelCell()', () => {
  it.each<[string, ColumnRule, string]>([
    ["'6408011203800001", ID, '6408011203800001'],
    ['="6408011203800001"', ID, '6408011203800001'],
    ['6.40801E+15', ID, '6.40801E+15'],
    ['29292', DATE, '1980-03-12'],
    ['1', DATE, '1900-01-01'],
    ['61', DATE, '1900-03-01'],
    ['12/03/1980', DATE, '1980-03-12'],
    ['1-3-1980', DATE, '1980-03-01'],
    ['1980-03-12', DATE, '1980-03-12'],
    ['31/02/1980', DATE, '1980-02-31'],
    ['', DATE, ''],
    ['6408012001', KODE, '64.08.01.2001'],
    ["'9901022001", KODE, '99.01.02.2001'],
    ['64.08.01.2001', KODE, '64.08.01.2001'],
    ['640801200', KODE, '640801200'],
    ['64080120011', KODE, '64080120011'],
    ['6408012001', ID, '6408012001'],
  ])('%j (%o) becomes %j', (text, rule, expected) => {
    expect(cleanExcelCell(text, rule)).toBe(expected)
  })
})
