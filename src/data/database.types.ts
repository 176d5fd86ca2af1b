export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  public: {
    Tables: {
      dana_desa: {
        Row: {
          alokasi_afirmasi: number
          alokasi_dasar: number
          alokasi_formula: number
          alokasi_kinerja: number
          batch_id: number | null
          dasar_ikg: number | null
          dasar_luas_km2: number | null
          dasar_penduduk: number | null
          dasar_penduduk_miskin: number | null
          dasar_skor_kinerja: number | null
          dasar_status_idm: string | null
          kode_desa: string
          pagu: number
          pagu_blt_dd: number
          realisasi_tahap_1: number
          realisasi_tahap_2: number
          realisasi_tahap_3: number
          tahun: number
        }
        Insert: {
          alokasi_afirmasi: number
          alokasi_dasar: number
          alokasi_formula: number
          alokasi_kinerja: number
          batch_id?: number | null
          dasar_ikg?: number | null
          dasar_luas_km2?: number | null
          dasar_penduduk?: number | null
          dasar_penduduk_miskin?: number | null
          dasar_skor_kinerja?: number | null
          dasar_status_idm?: string | null
          kode_desa: string
          pagu: number
          pagu_blt_dd: number
          realisasi_tahap_1: number
          realisasi_tahap_2: number
          realisasi_tahap_3: number
          tahun: number
        }
        Update: {
          alokasi_afirmasi?: number
          alokasi_dasar?: number
          alokasi_formula?: number
          alokasi_kinerja?: number
          batch_id?: number | null
          dasar_ikg?: number | null
          dasar_luas_km2?: number | null
          dasar_penduduk?: number | null
          dasar_penduduk_miskin?: number | null
          dasar_skor_kinerja?: number | null
          dasar_status_idm?: string | null
          kode_desa?: string
          pagu?: number
          pagu_blt_dd?: number
          realisasi_tahap_1?: number
          realisasi_tahap_2?: number
          realisasi_tahap_3?: number
          tahun?: number
        }
        Relationships: [
          {
            foreignKeyName: "dana_desa_batch_id_fkey"
            columns: ["batch_id"]
            isOneToOne: false
            referencedRelation: "import_batches"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "dana_desa_kode_desa_fkey"
            columns: ["kode_desa"]
            isOneToOne: false
            referencedRelation: "regions"
            referencedColumns: ["kode"]
          },
        ]
      }
      dana_desa_ketentuan: {
        Row: {
          batas_blt_dd: number | null
          sumber: string
          tahun: number
        }
        Insert: {
          batas_blt_dd?: number | null
          sumber: string
          tahun: number
        }
        Update: {
          batas_blt_dd?: number | null
          sumber?: string
          tahun?: number
        }
        Relationships: []
      }
      idm: {
        Row: {
          batch_id: number | null
          ike: number
          ikl: number
          iks: number
          kode_desa: string
          skor_idm: number
          status: string
          tahun: number
        }
        Insert: {
          batch_id?: number | null
          ike: number
          ikl: number
          iks: number
          kode_desa: string
          skor_idm: number
          status: string
          tahun: number
        }
        Update: {
          batch_id?: number | null
          ike?: number
          ikl?: number
          iks?: number
          kode_desa?: string
          skor_idm?: number
          status?: string
          tahun?: number
        }
        Relationships: [
          {
            foreignKeyName: "idm_batch_id_fkey"
            columns: ["batch_id"]
            isOneToOne: false
            referencedRelation: "import_batches"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "idm_kode_desa_fkey"
            columns: ["kode_desa"]
            isOneToOne: false
            referencedRelation: "regions"
            referencedColumns: ["kode"]
          },
        ]
      }
      import_batches: {
        Row: {
          baris_ditolak: NonNullable<Json>
          dapat_dibatalkan: boolean
          dibatalkan_oleh_nama: string | null
          dibatalkan_pada: string | null
          diimpor_oleh: string | null
          diimpor_oleh_nama: string | null
          diimpor_pada: string
          id: number
          jenis: string
          jumlah_baris: number
          jumlah_diganti: number
          jumlah_dihapus: number
          jumlah_ditolak: number
          nama_file: string
          periode_kunci: string[] | null
          sha256: string | null
          sumber: string
        }
        Insert: {
          baris_ditolak?: NonNullable<Json>
          dapat_dibatalkan?: boolean
          dibatalkan_oleh_nama?: string | null
          dibatalkan_pada?: string | null
          diimpor_oleh?: string | null
          diimpor_oleh_nama?: string | null
          diimpor_pada?: string
          id?: never
          jenis: string
          jumlah_baris: number
          jumlah_diganti?: number
          jumlah_dihapus?: number
          jumlah_ditolak?: number
          nama_file: string
          periode_kunci?: string[] | null
          sha256?: string | null
          sumber?: string
        }
        Update: {
          baris_ditolak?: NonNullable<Json>
          dapat_dibatalkan?: boolean
          dibatalkan_oleh_nama?: string | null
          dibatalkan_pada?: string | null
          diimpor_oleh?: string | null
          diimpor_oleh_nama?: string | null
          diimpor_pada?: string
          id?: never
          jenis?: string
          jumlah_baris?: number
          jumlah_diganti?: number
          jumlah_dihapus?: number
          jumlah_ditolak?: number
          nama_file?: string
          periode_kunci?: string[] | null
          sha256?: string | null
          sumber?: string
        }
        Relationships: []
      }
      keluarga: {
        Row: {
          baris: number
          batch_id: number
          desil: number
          id: number
          id_keluarga: string
          jumlah_anggota: number
          kode_desa: string
          mata_pencaharian: string
          miskin: boolean
          miskin_ekstrem: boolean
          nama_kepala: string
          nik_kepala: string
          periode: number
          tanggal_lahir_kepala: string
        }
        Insert: {
          baris: number
          batch_id: number
          desil: number
          id?: never
          id_keluarga: string
          jumlah_anggota: number
          kode_desa: string
          mata_pencaharian: string
          miskin: boolean
          miskin_ekstrem: boolean
          nama_kepala: string
          nik_kepala: string
          periode: number
          tanggal_lahir_kepala: string
        }
        Update: {
          baris?: number
          batch_id?: number
          desil?: number
          id?: never
          id_keluarga?: string
          jumlah_anggota?: number
          kode_desa?: string
          mata_pencaharian?: string
          miskin?: boolean
          miskin_ekstrem?: boolean
          nama_kepala?: string
          nik_kepala?: string
          periode?: number
          tanggal_lahir_kepala?: string
        }
        Relationships: [
          {
            foreignKeyName: "keluarga_batch_id_fkey"
            columns: ["batch_id"]
            isOneToOne: false
            referencedRelation: "import_batches"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "keluarga_kode_desa_fkey"
            columns: ["kode_desa"]
            isOneToOne: false
            referencedRelation: "regions"
            referencedColumns: ["kode"]
          },
        ]
      }
      keputusan_duplikat: {
        Row: {
          catatan: string
          diputuskan_oleh: string | null
          diputuskan_pada: string
          keputusan: string
          kunci_pasangan: string
        }
        Insert: {
          catatan?: string
          diputuskan_oleh?: string | null
          diputuskan_pada?: string
          keputusan: string
          kunci_pasangan: string
        }
        Update: {
          catatan?: string
          diputuskan_oleh?: string | null
          diputuskan_pada?: string
          keputusan?: string
          kunci_pasangan?: string
        }
        Relationships: []
      }
      keputusan_duplikat_riwayat: {
        Row: {
          aksi: string
          catatan: string | null
          dicatat_pada: string
          diputuskan_oleh: string | null
          id: number
          keputusan: string | null
          kunci_pasangan: string
        }
        Insert: {
          aksi: string
          catatan?: string | null
          dicatat_pada?: string
          diputuskan_oleh?: string | null
          id?: never
          keputusan?: string | null
          kunci_pasangan: string
        }
        Update: {
          aksi?: string
          catatan?: string | null
          dicatat_pada?: string
          diputuskan_oleh?: string | null
          id?: never
          keputusan?: string | null
          kunci_pasangan?: string
        }
        Relationships: []
      }
      kombinasi_program: {
        Row: {
          alasan: string
          diizinkan: boolean
          diubah_oleh: string | null
          diubah_pada: string
          program_a: string
          program_b: string
        }
        Insert: {
          alasan?: string
          diizinkan: boolean
          diubah_oleh?: string | null
          diubah_pada?: string
          program_a: string
          program_b: string
        }
        Update: {
          alasan?: string
          diizinkan?: boolean
          diubah_oleh?: string | null
          diubah_pada?: string
          program_a?: string
          program_b?: string
        }
        Relationships: [
          {
            foreignKeyName: "kombinasi_program_program_a_fkey"
            columns: ["program_a"]
            isOneToOne: false
            referencedRelation: "program_bantuan"
            referencedColumns: ["kode"]
          },
          {
            foreignKeyName: "kombinasi_program_program_b_fkey"
            columns: ["program_b"]
            isOneToOne: false
            referencedRelation: "program_bantuan"
            referencedColumns: ["kode"]
          },
        ]
      }
      log_akses_nama: {
        Row: {
          argumen: NonNullable<Json>
          diakses_oleh: string | null
          diakses_pada: string
          fungsi: string
          id: number
          id_keluarga: number[]
          id_penerima: number[]
          kunci_pasangan: string[]
          penulis: string
        }
        Insert: {
          argumen?: NonNullable<Json>
          diakses_oleh?: string | null
          diakses_pada?: string
          fungsi: string
          id?: never
          id_keluarga?: number[]
          id_penerima?: number[]
          kunci_pasangan?: string[]
          penulis: string
        }
        Update: {
          argumen?: NonNullable<Json>
          diakses_oleh?: string | null
          diakses_pada?: string
          fungsi?: string
          id?: never
          id_keluarga?: number[]
          id_penerima?: number[]
          kunci_pasangan?: string[]
          penulis?: string
        }
        Relationships: []
      }
      penduduk: {
        Row: {
          batch_id: number | null
          jumlah_kk: number
          jumlah_penduduk: number
          kode_desa: string
          laki_laki: number
          perempuan: number
          tahun: number
        }
        Insert: {
          batch_id?: number | null
          jumlah_kk: number
          jumlah_penduduk: number
          kode_desa: string
          laki_laki: number
          perempuan: number
          tahun: number
        }
        Update: {
          batch_id?: number | null
          jumlah_kk?: number
          jumlah_penduduk?: number
          kode_desa?: string
          laki_laki?: number
          perempuan?: number
          tahun?: number
        }
        Relationships: [
          {
            foreignKeyName: "penduduk_batch_id_fkey"
            columns: ["batch_id"]
            isOneToOne: false
            referencedRelation: "import_batches"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "penduduk_kode_desa_fkey"
            columns: ["kode_desa"]
            isOneToOne: false
            referencedRelation: "regions"
            referencedColumns: ["kode"]
          },
        ]
      }
      penerima_bantuan: {
        Row: {
          baris: number
          batch_id: number
          id: number
          id_keluarga: string | null
          kode_desa: string
          nama: string | null
          nik: string | null
          nilai_rp: number
          program: string
          tahun: number
          tanggal_lahir: string | null
        }
        Insert: {
          baris: number
          batch_id: number
          id?: never
          id_keluarga?: string | null
          kode_desa: string
          nama?: string | null
          nik?: string | null
          nilai_rp: number
          program: string
          tahun: number
          tanggal_lahir?: string | null
        }
        Update: {
          baris?: number
          batch_id?: number
          id?: never
          id_keluarga?: string | null
          kode_desa?: string
          nama?: string | null
          nik?: string | null
          nilai_rp?: number
          program?: string
          tahun?: number
          tanggal_lahir?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "penerima_bantuan_batch_id_fkey"
            columns: ["batch_id"]
            isOneToOne: false
            referencedRelation: "import_batches"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "penerima_bantuan_kode_desa_fkey"
            columns: ["kode_desa"]
            isOneToOne: false
            referencedRelation: "regions"
            referencedColumns: ["kode"]
          },
        ]
      }
      program_bantuan: {
        Row: {
          kode: string
          manfaat: string
          manfaat_en: string
          manfaat_maks_rp: number | null
          manfaat_min_rp: number | null
          nama: string
          nama_en: string
          satuan: string
          sumber_dana: string
          syarat: string
          syarat_en: string
          urutan: number
        }
        Insert: {
          kode: string
          manfaat?: string
          manfaat_en?: string
          manfaat_maks_rp?: number | null
          manfaat_min_rp?: number | null
          nama: string
          nama_en?: string
          satuan: string
          sumber_dana: string
          syarat?: string
          syarat_en?: string
          urutan: number
        }
        Update: {
          kode?: string
          manfaat?: string
          manfaat_en?: string
          manfaat_maks_rp?: number | null
          manfaat_min_rp?: number | null
          nama?: string
          nama_en?: string
          satuan?: string
          sumber_dana?: string
          syarat?: string
          syarat_en?: string
          urutan?: number
        }
        Relationships: []
      }
      regions: {
        Row: {
          geom: unknown
          jenis: string | null
          kode: string
          label_point: unknown
          level: string
          luas_km2: number
          nama: string
          parent: string | null
          updated_at: string
        }
        Insert: {
          geom: unknown
          jenis?: string | null
          kode: string
          label_point?: unknown
          level: string
          luas_km2: number
          nama: string
          parent?: string | null
          updated_at?: string
        }
        Update: {
          geom?: unknown
          jenis?: string | null
          kode?: string
          label_point?: unknown
          level?: string
          luas_km2?: number
          nama?: string
          parent?: string | null
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "regions_parent_fkey"
            columns: ["parent"]
            isOneToOne: false
            referencedRelation: "regions"
            referencedColumns: ["kode"]
          },
        ]
      }
      riwayat_perubahan: {
        Row: {
          aksi: string
          dicatat_pada: string
          id: number
          jumlah_baris: number | null
          kunci: Json | null
          oleh: string | null
          penulis: string
          peran: string
          sebelum: Json | null
          sesudah: Json | null
          tabel: string
        }
        Insert: {
          aksi: string
          dicatat_pada?: string
          id?: never
          jumlah_baris?: number | null
          kunci?: Json | null
          oleh?: string | null
          penulis: string
          peran: string
          sebelum?: Json | null
          sesudah?: Json | null
          tabel: string
        }
        Update: {
          aksi?: string
          dicatat_pada?: string
          id?: never
          jumlah_baris?: number | null
          kunci?: Json | null
          oleh?: string | null
          penulis?: string
          peran?: string
          sebelum?: Json | null
          sesudah?: Json | null
          tabel?: string
        }
        Relationships: []
      }
      tindak_lanjut_desa: {
        Row: {
          catatan: string
          dibuat_oleh: string | null
          dibuat_pada: string
          id: number
          kode_desa: string
          penulis: string
          status: string
        }
        Insert: {
          catatan?: string
          dibuat_oleh?: string | null
          dibuat_pada?: string
          id?: never
          kode_desa: string
          penulis: string
          status: string
        }
        Update: {
          catatan?: string
          dibuat_oleh?: string | null
          dibuat_pada?: string
          id?: never
          kode_desa?: string
          penulis?: string
          status?: string
        }
        Relationships: [
          {
            foreignKeyName: "tindak_lanjut_desa_kode_desa_fkey"
            columns: ["kode_desa"]
            isOneToOne: false
            referencedRelation: "regions"
            referencedColumns: ["kode"]
          },
        ]
      }
    }
    Views: {
      indikator_wilayah: {
        Row: {
          indikator: string | null
          kode: string | null
          level: string | null
          nilai: number | null
          status: string | null
          tahun: number | null
        }
        Relationships: []
      }
      kombinasi_wilayah: {
        Row: {
          jumlah_kk: number | null
          jumlah_program: number | null
          kode: string | null
          kombinasi: string | null
          level: string | null
          status: string | null
          tahun: number | null
          terlarang: boolean | null
        }
        Relationships: []
      }
      tindak_lanjut_terkini: {
        Row: {
          catatan: string | null
          dibuat_oleh: string | null
          dibuat_pada: string | null
          id: number | null
          kode_desa: string | null
          penulis: string | null
          status: string | null
        }
        Relationships: [
          {
            foreignKeyName: "tindak_lanjut_desa_kode_desa_fkey"
            columns: ["kode_desa"]
            isOneToOne: false
            referencedRelation: "regions"
            referencedColumns: ["kode"]
          },
        ]
      }
    }
    Functions: {
      app_role: { Args: Record<PropertyKey, never>; Returns: string }
      batalkan_impor: {
        Args: { p_batch_id: number }
        Returns: {
          hasil: Json
        }[]
      }
      boleh_lihat_nama: { Args: Record<PropertyKey, never>; Returns: boolean }
      buang_impor: {
        Args: { p_token: string }
        Returns: {
          jumlah: number
        }[]
      }
      claim_pseudonym_key: { Args: { fingerprint: string }; Returns: string }
      import_removal: {
        Args: { kind: string; scope: Json; whole_periods: boolean }
        Returns: {
          rows_removed: number
          villages: number
        }[]
      }
      indikator_lengkap: {
        Args: { p_tahun?: number }
        Returns: {
          indikator: string
          kode: string
          level: string
          nilai: number
          status: string
          tahun: number
        }[]
      }
      is_planner: { Args: Record<PropertyKey, never>; Returns: boolean }
      keluarga_desa_pribadi: {
        Args: { p_kode_desa: string; p_periode: number }
        Returns: {
          desil: number
          disamarkan: boolean
          id: number
          id_keluarga: string
          jumlah_anggota: number
          mata_pencaharian: string
          miskin: boolean
          miskin_ekstrem: boolean
          nama_kepala: string
          periode: number
          tanggal_lahir_kepala: string
        }[]
      }
      kombinasi_terlarang_desa: {
        Args: { p_tahun: number }
        Returns: {
          jumlah_kk: number
          kode: string
          kombinasi: string
          status: string
        }[]
      }
      lock_import_periods: {
        Args: { kind: string; periods: string[] }
        Returns: undefined
      }
      log_impor: {
        Args: { p_batas?: number }
        Returns: {
          bisa_dibatalkan: boolean
          dibatalkan_oleh_nama: string
          dibatalkan_pada: string
          diimpor_oleh_nama: string
          diimpor_pada: string
          id: number
          jenis: string
          jumlah_baris: number
          jumlah_diganti: number
          jumlah_dihapus: number
          jumlah_ditolak: number
          nama_file: string
          periode_kunci: string[]
          sha256: string
        }[]
      }
      mulai_impor: {
        Args: { p_jenis: string; p_nama_file: string; p_sha256: string }
        Returns: {
          token: string
        }[]
      }
      pasangan_duplikat: {
        Args: { p_jenis?: string; p_tahun?: number }
        Returns: {
          alasan: string
          catatan: string
          diputuskan_pada: string
          jarak_edit: number
          jenis: string
          keputusan: string
          kode_desa_a: string
          kode_desa_b: string
          kunci: string
          nama_a: string
          nama_b: string
          program: string
          skor: number
          sumber: string
          tahun: number
          tanggal_lahir_a: string
          tanggal_lahir_b: string
        }[]
      }
      penerima_desa_pribadi: {
        Args: { p_kode_desa: string; p_tahun: number }
        Returns: {
          disamarkan: boolean
          id: number
          id_keluarga: string
          nama: string
          nik: string
          nilai_rp: number
          program: string
          tahun: number
          tanggal_lahir: string
        }[]
      }
      pratinjau_impor: {
        Args: { p_ganti_periode?: boolean; p_token: string }
        Returns: {
          hasil: Json
        }[]
      }
      region_features: {
        Args: { p_kabupaten: string }
        Returns: {
          geometry: Json
          jenis: string
          kode: string
          label_lat: number
          label_lng: number
          level: string
          luas_km2: number
          nama: string
          parent: string
        }[]
      }
      remove_rows_for_import: {
        Args: {
          confirmed_rows?: number
          kind: string
          scope: Json
          whole_periods: boolean
        }
        Returns: number
      }
      ringkasan_keluarga_desa: {
        Args: { p_kode_desa: string }
        Returns: {
          jumlah_jiwa: number
          jumlah_keluarga: number
          jumlah_miskin: number
          jumlah_miskin_ekstrem: number
          periode: number
        }[]
      }
      selesaikan_impor: {
        Args: {
          p_baris_ditolak?: string
          p_ganti_periode?: boolean
          p_konfirmasi_hapus?: number
          p_token: string
        }
        Returns: {
          hasil: Json
        }[]
      }
      tambah_baris_impor: {
        Args: { p_baris: string; p_token: string; p_urut: number }
        Returns: {
          jumlah: number
        }[]
      }
      tambah_tindak_lanjut: {
        Args: { p_catatan?: string; p_kode_desa: string; p_status: string }
        Returns: {
          catatan: string
          dibuat_oleh: string | null
          dibuat_pada: string
          id: number
          kode_desa: string
          penulis: string
          status: string
        }
        SetofOptions: {
          from: "*"
          to: "tindak_lanjut_desa"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      tetapkan_keputusan_duplikat: {
        Args: { p_catatan?: string; p_keputusan: string; p_kunci: string }
        Returns: {
          catatan: string
          diputuskan_oleh: string | null
          diputuskan_pada: string
          keputusan: string
          kunci_pasangan: string
        }
        SetofOptions: {
          from: "*"
          to: "keputusan_duplikat"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      ubah_aturan_kombinasi: {
        Args: {
          p_alasan?: string
          p_diizinkan: boolean
          p_program_1: string
          p_program_2: string
        }
        Returns: {
          alasan: string
          diizinkan: boolean
          diubah_oleh: string | null
          diubah_pada: string
          program_a: string
          program_b: string
        }
        SetofOptions: {
          from: "*"
          to: "kombinasi_program"
          isOneToOne: true
          isSetofReturn: false
        }
      }
    }
    Enums: {
      [_ in never]: never
    }
    CompositeTypes: {
      [_ in never]: never
    }
  }
}

type DatabaseWithoutInternals = Omit<Database, "__InternalSupabase">

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] &
        DefaultSchema["Views"])
    ? (DefaultSchema["Tables"] &
        DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends (DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never) = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
    ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends (PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never) = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
    ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
    : never

export const Constants = {
  public: {
    Enums: {},
  },
} as const

