/**
 * The Supabase implementation against an injected `fetch`: every planner query and auth action sends
 * exactly the REST/RPC request PostgREST and GoTrue expect, with the anon key and the planner's token.
 * The SQL behind these requests is tested on both engines in supabase/tests/planner-workspace.cases.ts.
 */
import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { addVillageFollowUp } from '../planner/add-village-follow-up.ts'
import { changeCombinationRule, fetchProgramPairs } from '../planner/combination-rules.ts'
import { decideDuplicate } from '../planner/decide-duplicate.ts'
import { fetchDisallowedCombinations } from '../planner/disallowed-combinations.ts'
import { fetchDuplicatePairs } from '../planner/duplicate-pairs.ts'
import { fetchLatestFollowUps } from '../planner/latest-follow-ups.ts'
import { makeDuplicatePairRow, makeRuleRow } from '../planner/make-planner-rows.ts'
import { PlannerDataError } from '../planner/planner-request.ts'
import { fetchVillageFollowUps } from '../planner/village-follow-ups.ts'
import { fetchVillageHouseholdCounts } from '../planner/village-household-counts.ts'
import {
  ACCESS_TOKEN,
  ANON_KEY,
  FOLLOW_UP,
  lastRest,
  makeMemoryStorage,
  makeServer,
  makeSignedIn,
  URL_BASE,
  USER,
} from './fake-supabase.ts'
import { sendMagicLink, signOut } from './planner-auth.ts'
import { createPlannerClient } from './planner-client.ts'
import { createSupabaseEngine } from './supabase-engine.ts'

describe('supabase planner auth', () => {
  it('signs in with e-mail and password at /auth/v1/token and reads the role from app_metadata', async () => {
    const { seen, session } = await makeSignedIn({})
    expect(seen[0]).toMatchObject({
      method: 'POST',
      url: '/auth/v1/token?grant_type=password',
      headers: { apikey: ANON_KEY },
      body: { email: 'perencana@contoh.id', password: 'rahasia' },
    })
    expect(session).toMatchObject({ email: 'perencana@contoh.id', role: 'planner', userId: USER.id })
  })

  it('sends a magic link that never creates an account', async () => {
    const server = makeServer({ 'POST /auth/v1/otp': { status: 200, body: {} } })
    const client = createPlannerClient(
      { url: URL_BASE, anonKey: ANON_KEY },
      { fetch: server.fetchImpl, storage: makeMemoryStorage(), webSocket: WebSocket },
    )
    await sendMagicLink(client, 'perencana@contoh.id', 'https://peta.contoh.id/perencana')
    expect(server.seen[0]).toMatchObject({
      method: 'POST',
      url: `/auth/v1/otp?redirect_to=${encodeURIComponent('https://peta.contoh.id/perencana')}`,
      headers: { apikey: ANON_KEY },
      body: { email: 'perencana@contoh.id', create_user: false },
    })
  })

  it('signs out at /auth/v1/logout with the planner token', async () => {
    const { seen, client } = await makeSignedIn({ 'POST /auth/v1/logout': { status: 204, body: {} } })
    await signOut(client)
    expect(lastRest(seen)).toMatchObject({
      method: 'POST',
      url: '/auth/v1/logout?scope=global',
      headers: { authorization: `Bearer ${ACCESS_TOKEN}` },
    })
  })
})

describe('supabase planner queries', () => {
  it('fetchVillageHouseholdCounts() calls POST /rest/v1/rpc/ringkasan_keluarga_desa', async () => {
    const row = {
      periode: 2025,
      jumlah_keluarga: 10,
      jumlah_miskin: 4,
      jumlah_miskin_ekstrem: 1,
      jumlah_jiwa: 40,
    }
    const { seen, engine } = await makeSignedIn({
      'POST /rest/v1/rpc/ringkasan_keluarga_desa': { status: 200, body: [row] },
    })
    expect(await fetchVillageHouseholdCounts(engine, '64.08.01.2001')).toEqual([row])
    expect(lastRest(seen)).toMatchObject({
      method: 'POST',
      url: '/rest/v1/rpc/ringkasan_keluarga_desa',
      headers: { apikey: ANON_KEY, authorization: `Bearer ${ACCESS_TOKEN}` },
      body: { p_kode_desa: '64.08.01.2001' },
    })
  })

  it('fetchVillageFollowUps() reads GET /rest/v1/tindak_lanjut_desa filtered, newest first', async () => {
    const { seen, engine } = await makeSignedIn({
      'GET /rest/v1/tindak_lanjut_desa': { status: 200, body: [FOLLOW_UP] },
    })
    expect(await fetchVillageFollowUps(engine, '64.08.01.2001')).toEqual([{ ...FOLLOW_UP }])
    expect(lastRest(seen)).toMatchObject({
      method: 'GET',
      url:
        '/rest/v1/tindak_lanjut_desa?select=id%2Ckode_desa%2Cstatus%2Ccatatan%2Cpenulis%2Cdibuat_pada' +
        '&kode_desa=eq.64.08.01.2001&order=dibuat_pada.desc%2Cid.desc&limit=50',
      headers: { apikey: ANON_KEY, authorization: `Bearer ${ACCESS_TOKEN}` },
    })
  })

  it('fetchLatestFollowUps() reads GET /rest/v1/tindak_lanjut_terkini by village', async () => {
    const { seen, engine } = await makeSignedIn({
      'GET /rest/v1/tindak_lanjut_terkini': { status: 200, body: [FOLLOW_UP] },
    })
    const latest = await fetchLatestFollowUps(engine)
    expect([...latest.keys()]).toEqual(['64.08.01.2001'])
    expect(lastRest(seen).url).toBe(
      '/rest/v1/tindak_lanjut_terkini?select=id%2Ckode_desa%2Cstatus%2Ccatatan%2Cpenulis%2Cdibuat_pada&order=kode_desa.asc',
    )
  })

  it('addVillageFollowUp() posts the note to /rest/v1/rpc/tambah_tindak_lanjut, never an author or a time', async () => {
    const { seen, engine } = await makeSignedIn({
      'POST /rest/v1/rpc/tambah_tindak_lanjut': { status: 200, body: FOLLOW_UP },
    })
    const saved = await addVillageFollowUp(engine, {
      kode_desa: '64.08.01.2001',
      status: 'perlu_verifikasi',
      catatan: '  Cek lapangan ',
    })
    expect(saved).toEqual(FOLLOW_UP)
    expect(lastRest(seen)).toMatchObject({
      method: 'POST',
      url: '/rest/v1/rpc/tambah_tindak_lanjut',
      headers: { apikey: ANON_KEY, authorization: `Bearer ${ACCESS_TOKEN}` },
      body: { p_kode_desa: '64.08.01.2001', p_status: 'perlu_verifikasi', p_catatan: 'Cek lapangan' },
    })
  })

  it('fetchDuplicatePairs() posts the year and kind to /rest/v1/rpc/pasangan_duplikat', async () => {
    const pair = makeDuplicatePairRow({ skor: 1, nama_a: 'H*** S***', nama_b: 'H*** S***' })
    const { seen, engine } = await makeSignedIn({
      'POST /rest/v1/rpc/pasangan_duplikat': { status: 200, body: [pair] },
    })
    expect(await fetchDuplicatePairs(engine, 2025, null)).toEqual([pair])
    expect(lastRest(seen)).toMatchObject({
      method: 'POST',
      url: '/rest/v1/rpc/pasangan_duplikat',
      headers: { authorization: `Bearer ${ACCESS_TOKEN}` },
      body: { p_tahun: 2025, p_jenis: null },
    })
  })

  it('decideDuplicate() posts to /rest/v1/rpc/tetapkan_keputusan_duplikat and reads the single row back', async () => {
    // A function returning one composite (not setof): PostgREST answers with an object, not a list.
    const saved = {
      kunci_pasangan: '0123456789abcdef0123456789abcdef',
      keputusan: 'orang_sama',
      catatan: 'KK ganda',
      diputuskan_oleh: USER.id,
      diputuskan_pada: '2026-12-01T10:00:00+00:00',
    }
    const { seen, engine } = await makeSignedIn({
      'POST /rest/v1/rpc/tetapkan_keputusan_duplikat': { status: 200, body: saved },
    })
    const result = await decideDuplicate(engine, saved.kunci_pasangan, 'orang_sama', ' KK ganda ')
    expect(result).toEqual({
      kunci_pasangan: saved.kunci_pasangan,
      keputusan: 'orang_sama',
      catatan: 'KK ganda',
      diputuskan_pada: '2026-12-01T10:00:00+00:00',
    })
    expect(lastRest(seen)).toMatchObject({
      method: 'POST',
      url: '/rest/v1/rpc/tetapkan_keputusan_duplikat',
      body: { p_kunci: saved.kunci_pasangan, p_keputusan: 'orang_sama', p_catatan: 'KK ganda' },
    })
  })

  it('fetchProgramPairs() reads GET /rest/v1/kombinasi_program ordered by pair', async () => {
    const rule = makeRuleRow(['BLT_DD', 'PKH'], false, 'BLT-DD untuk keluarga tanpa PKH')
    const { seen, engine } = await makeSignedIn({
      'GET /rest/v1/kombinasi_program': { status: 200, body: [rule] },
    })
    const pairs = await fetchProgramPairs(engine)
    expect(pairs).toHaveLength(10)
    expect(pairs.filter((pair) => !pair.diizinkan).map((pair) => pair.programs)).toEqual([['BLT_DD', 'PKH']])
    expect(lastRest(seen).url).toBe(
      '/rest/v1/kombinasi_program?select=program_a%2Cprogram_b%2Cdiizinkan%2Calasan%2Cdiubah_pada' +
        '&order=program_a.asc%2Cprogram_b.asc',
    )
  })

  it('changeCombinationRule() posts to /rest/v1/rpc/ubah_aturan_kombinasi', async () => {
    const saved = { ...makeRuleRow(['PBI_JKN', 'PIP'], false, 'uji'), diubah_oleh: USER.id }
    const { seen, engine } = await makeSignedIn({
      'POST /rest/v1/rpc/ubah_aturan_kombinasi': { status: 200, body: saved },
    })
    expect(await changeCombinationRule(engine, ['PBI_JKN', 'PIP'], false, 'uji')).toMatchObject({
      program_a: 'PBI_JKN',
      diizinkan: false,
    })
    expect(lastRest(seen)).toMatchObject({
      method: 'POST',
      url: '/rest/v1/rpc/ubah_aturan_kombinasi',
      body: { p_program_1: 'PBI_JKN', p_program_2: 'PIP', p_diizinkan: false, p_alasan: 'uji' },
    })
  })

  it('fetchDisallowedCombinations() calls POST /rest/v1/rpc/kombinasi_terlarang_desa for one year', async () => {
    const { seen, engine } = await makeSignedIn({
      'POST /rest/v1/rpc/kombinasi_terlarang_desa': {
        status: 200,
        body: [{ kode: '64.08.01.2001', kombinasi: 'BLT_DD+PKH', jumlah_kk: 6, status: 'ada' }],
      },
    })
    expect(await fetchDisallowedCombinations(engine, 2025)).toEqual([
      {
        kode: '64.08.01.2001',
        combinations: [{ programs: ['BLT_DD', 'PKH'], jumlah_kk: 6 }],
        shown: 6,
        withheld: 0,
      },
    ])
    expect(lastRest(seen)).toMatchObject({
      method: 'POST',
      url: '/rest/v1/rpc/kombinasi_terlarang_desa',
      body: { p_tahun: 2025 },
    })
  })

  it.each([
    [
      'an expired token (401, PGRST303)',
      { status: 401, body: { code: 'PGRST303', message: 'JWT expired' } },
      'session-expired',
    ],
    [
      'RLS refusing the row (403, 42501)',
      { status: 403, body: { code: '42501', message: 'new row violates row-level security policy' } },
      'forbidden',
    ],
    [
      'a broken constraint (400, 23514)',
      { status: 400, body: { code: '23514', message: 'check violation' } },
      'invalid',
    ],
  ] as const)('turns %s into a %s error', async (_label, reply, reason) => {
    const { engine } = await makeSignedIn({ 'POST /rest/v1/rpc/ringkasan_keluarga_desa': reply })
    await expect(fetchVillageHouseholdCounts(engine, '64.08.01.2001')).rejects.toMatchObject({ reason })
  })

  it('refuses to query without a session and sends nothing', async () => {
    const server = makeServer({})
    const client = createPlannerClient(
      { url: URL_BASE, anonKey: ANON_KEY },
      { fetch: server.fetchImpl, storage: makeMemoryStorage(), webSocket: WebSocket },
    )
    const result = fetchVillageHouseholdCounts(createSupabaseEngine(client), '64.08.01.2001')
    await expect(result).rejects.toBeInstanceOf(PlannerDataError)
    await expect(result).rejects.toMatchObject({ reason: 'session-expired' })
    expect(server.seen).toEqual([])
  })

  it('rejects a row of an unexpected shape, naming the field', async () => {
    const { engine } = await makeSignedIn({
      'GET /rest/v1/tindak_lanjut_desa': { status: 200, body: [{ ...FOLLOW_UP, status: 'selesai' }] },
    })
    await expect(fetchVillageFollowUps(engine, '64.08.01.2001')).rejects.toThrow(
      /row 1 has an unexpected status/,
    )
  })
})
