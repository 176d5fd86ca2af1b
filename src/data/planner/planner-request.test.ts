import { describe, expect, it } from 'vitest'
import { type RpcRequest, rpcRequest, type SelectRequest } from './planner-request.ts'
import { requestSql } from './request-sql.ts'

describe('planner requests typed by the generated schema', () => {
  it('builds an rpc request whose SQL names each argument', () => {
    const request = rpcRequest('ringkasan_keluarga_desa', { p_kode_desa: '64.08.01.2001' })
    expect(request).toEqual({
      kind: 'rpc',
      fn: 'ringkasan_keluarga_desa',
      args: { p_kode_desa: '64.08.01.2001' },
    })
    expect(requestSql(request)).toEqual({
      sql: 'select * from public.ringkasan_keluarga_desa(p_kode_desa => $1)',
      params: ['64.08.01.2001'],
    })
  })

  it('leaves out an argument given as undefined, so the SQL default applies, and passes null as NULL', () => {
    const request = rpcRequest('pasangan_duplikat', { p_tahun: undefined, p_jenis: null })
    expect(requestSql(request)).toEqual({
      sql: 'select * from public.pasangan_duplikat(p_jenis => $1)',
      params: [null],
    })
  })

  it('refuses, at compile time, names and values the schema does not have', () => {
    // Each line below must fail `tsc` (npm run build type-checks this file); were a function, argument
    // or column renamed in SQL and the types regenerated, the query files would fail the same way.
    const refused: unknown[] = [
      // @ts-expect-error: a misspelt argument of an existing function
      rpcRequest('ringkasan_keluarga_desa', { p_kode: '64.08.01.2001' }),
      // @ts-expect-error: a value of the wrong type
      rpcRequest('ringkasan_keluarga_desa', { p_kode_desa: 6408012001 }),
      // @ts-expect-error: a function that does not exist
      rpcRequest('hapus_semua', {}),
    ]
    const columns: SelectRequest<'tindak_lanjut_desa'>['columns'] = [
      'kode_desa',
      // @ts-expect-error: a column the table does not have
      'nama_kepala',
    ]
    const literal: RpcRequest = {
      kind: 'rpc',
      fn: 'tetapkan_keputusan_duplikat',
      // @ts-expect-error: an argument of another function
      args: { p_kode_desa: '64.08.01.2001' },
    }
    expect(refused).toHaveLength(3)
    expect(columns).toHaveLength(2)
    expect(literal.fn).toBe('tetapkan_keputusan_duplikat')
  })
})
