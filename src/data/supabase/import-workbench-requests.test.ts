/**
 * The import workbench's requests on Supabase, against an injected `fetch`: each step is the RPC call
 * PostgREST expects, with the planner's token. The SQL behind them: supabase/tests/import-workbench.cases.ts.
 */
import { describe, expect, it } from 'vitest'
import {
  commitImport,
  discardImport,
  fetchImportLog,
  previewImport,
  stageRows,
  startImport,
  undoImport,
} from '../planner/import-workbench.ts'
import { PlannerDataError } from '../planner/planner-request.ts'
import { ACCESS_TOKEN, lastRest, makeSignedIn } from './fake-supabase.ts'

describe('supabase import workbench requests', () => {
  const EFFECT = {
    rows: 2,
    planned_rows: 1,
    planned_villages: 1,
    whole_periods: false,
    villages: [
      {
        kode_desa: '64.08.01.2001',
        sebelum: 1,
        sesudah: 2,
        ditambah: 1,
        diganti: 1,
        dihapus: 0,
        desil14_sebelum: 1,
        desil14_sesudah: 2,
      },
    ],
  }
  const ROWS = [{ baris: 1, kode_desa: '64.08.01.2001', id_keluarga: 'p1.x' }]

  it('stages, discards, previews, commits and undoes through the RPC functions with the planner’s token', async () => {
    const { seen, engine } = await makeSignedIn({
      'POST /rest/v1/rpc/mulai_impor': { status: 200, body: [{ token: 'tok-1' }] },
      'POST /rest/v1/rpc/tambah_baris_impor': { status: 200, body: [{ jumlah: 1 }] },
      'POST /rest/v1/rpc/pratinjau_impor': { status: 200, body: [{ hasil: EFFECT }] },
      'POST /rest/v1/rpc/selesaikan_impor': { status: 200, body: [{ hasil: { ...EFFECT, batch_id: 9 } }] },
      'POST /rest/v1/rpc/batalkan_impor': { status: 200, body: [{ hasil: { removed: 2, restored: 1 } }] },
      'POST /rest/v1/rpc/buang_impor': { status: 200, body: [{ jumlah: 1 }] },
    })
    const token = await startImport(engine, { kind: 'keluarga', fileName: 'k.csv', sha256: 'a'.repeat(64) })
    expect(token).toBe('tok-1')
    await stageRows(engine, token, 0, ROWS)
    expect(await discardImport(engine, 'tok-0')).toBe(1)
    expect(await previewImport(engine, token, false)).toEqual(EFFECT)
    const committed = await commitImport(engine, token, {
      wholePeriods: true,
      confirmedRows: 1,
      droppedRows: [],
    })
    expect(committed.batch_id).toBe(9)
    expect(await undoImport(engine, 9)).toEqual({ removed: 2, restored: 1 })
    const rest = seen.filter((request) => request.url.startsWith('/rest/'))
    expect(rest.map((request) => [request.url, request.body])).toEqual([
      ['/rest/v1/rpc/mulai_impor', { p_jenis: 'keluarga', p_nama_file: 'k.csv', p_sha256: 'a'.repeat(64) }],
      ['/rest/v1/rpc/tambah_baris_impor', { p_token: 'tok-1', p_urut: 0, p_baris: JSON.stringify(ROWS) }],
      ['/rest/v1/rpc/buang_impor', { p_token: 'tok-0' }],
      ['/rest/v1/rpc/pratinjau_impor', { p_token: 'tok-1', p_ganti_periode: false }],
      [
        '/rest/v1/rpc/selesaikan_impor',
        { p_token: 'tok-1', p_ganti_periode: true, p_konfirmasi_hapus: 1, p_baris_ditolak: '[]' },
      ],
      ['/rest/v1/rpc/batalkan_impor', { p_batch_id: 9 }],
    ])
    for (const request of rest) expect(request.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`)
  })

  it('reads the import log and refuses a log row of the wrong shape', async () => {
    const entry = {
      id: 3,
      jenis: 'keluarga',
      nama_file: 'k.csv',
      sha256: null,
      periode_kunci: ['2025'],
      diimpor_oleh_nama: 'perencana@contoh.id',
      diimpor_pada: '2026-02-01T00:00:00+00:00',
      jumlah_baris: 2,
      jumlah_ditolak: 0,
      jumlah_diganti: 1,
      jumlah_dihapus: 0,
      dibatalkan_pada: null,
      dibatalkan_oleh_nama: null,
      bisa_dibatalkan: true,
    }
    const good = await makeSignedIn({ 'POST /rest/v1/rpc/log_impor': { status: 200, body: [entry] } })
    expect(await fetchImportLog(good.engine)).toEqual([entry])
    expect(lastRest(good.seen).body).toEqual({ p_batas: 50 })
    const bad = await makeSignedIn({
      'POST /rest/v1/rpc/log_impor': { status: 200, body: [{ ...entry, bisa_dibatalkan: 'ya' }] },
    })
    await expect(fetchImportLog(bad.engine)).rejects.toBeInstanceOf(PlannerDataError)
  })
})
