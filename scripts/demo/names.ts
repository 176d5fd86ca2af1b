/**
 * Indonesian-style personal names for the demo, from short lists written for this project (common given
 * names of the groups living in Kutai Timur; not taken from any dataset). A name is a first name plus one
 * or two further names, so that the same name rarely recurs for people sharing a birth date.
 */
import type { Random } from './random'

/** Name traditions used in the demo: Javanese, Bugis, Banjar, Dayak (Kenyah/Bahau/Wehea), Kutai. */
export type Ethnic = 'jawa' | 'bugis' | 'banjar' | 'dayak' | 'kutai'

interface NameList {
  male: readonly string[]
  female: readonly string[]
  /** Second and third names, shared by both sexes unless listed per sex. */
  maleRest: readonly string[]
  femaleRest: readonly string[]
}

const NAMES: Readonly<Record<Ethnic, NameList>> = {
  jawa: {
    male: ['Budi', 'Slamet', 'Joko', 'Agus', 'Bambang', 'Teguh', 'Wahyu', 'Eko', 'Dwi', 'Heru', 'Suparman'],
    female: ['Sri', 'Siti', 'Tri', 'Endang', 'Yuli', 'Rini', 'Sumarni', 'Wulan', 'Ratna', 'Dewi', 'Lestari'],
    maleRest: [
      'Santoso',
      'Riyadi',
      'Prasetyo',
      'Wibowo',
      'Susilo',
      'Purnomo',
      'Hartono',
      'Setiawan',
      'Utomo',
    ],
    femaleRest: ['Wahyuni', 'Rahayu', 'Handayani', 'Astuti', 'Lestari', 'Puspita', 'Kurniasih', 'Sulastri'],
  },
  bugis: {
    male: ['Muhammad', 'Ambo', 'Baso', 'Andi', 'Hasan', 'Syamsul', 'Arifin', 'Jufri', 'Hamzah', 'Sulaiman'],
    female: ['Sitti', 'Hasnah', 'Nurhayati', 'Hadijah', 'Rosmini', 'Jumriah', 'Nurlela', 'Hasmawati'],
    maleRest: ['Baharuddin', 'Rahman', 'Tang', 'Sakka', 'Mappiare', 'Alimuddin', 'Lukman', 'Daeng'],
    femaleRest: ['Aminah', 'Rahmawati', 'Halijah', 'Nurhalizah', 'Saenab', 'Kasmawati', 'Ramlah'],
  },
  banjar: {
    male: ['Ahmad', 'Muhammad', 'Rahmat', 'Abdul', 'Syahrani', 'Mahmud', 'Yusuf', 'Rusli', 'Fauzi'],
    female: ['Norhayati', 'Siti', 'Jumiati', 'Mariam', 'Fitriani', 'Masrah', 'Rabiatul', 'Salasiah'],
    maleRest: ['Rifani', 'Hidayat', 'Saberan', 'Gazali', 'Ramli', 'Anshari', 'Ijai', 'Nafarin'],
    femaleRest: ['Rahmah', 'Jannah', 'Hasanah', 'Adawiyah', 'Zubaidah', 'Mahmudah', 'Noorlaila'],
  },
  dayak: {
    male: ['Yohanes', 'Petrus', 'Yakobus', 'Paulus', 'Stefanus', 'Markus', 'Lukas', 'Simon', 'Anye'],
    female: ['Maria', 'Agustina', 'Yuliana', 'Martha', 'Elisabet', 'Veronika', 'Lusia', 'Ruth'],
    maleRest: ['Ding', 'Lawing', 'Ajang', 'Ibau', 'Lusat', 'Bilung', 'Njau', 'Jalung', 'Ngau', 'Lahang'],
    femaleRest: ['Uyang', 'Lenjau', 'Bungan', 'Usun', 'Ledu', 'Anyeq', 'Lirung', 'Tipung', 'Ubung'],
  },
  kutai: {
    male: ['Awang', 'Aji', 'Syahrudin', 'Rusdiansyah', 'Ismail', 'Zainal', 'Hamdani', 'Sofyan', 'Irwan'],
    female: ['Dayang', 'Masitah', 'Rusmini', 'Jamilah', 'Ernawati', 'Sumiati', 'Fatimah', 'Nurjannah'],
    maleRest: ['Darmawan', 'Kasim', 'Arsyad', 'Effendi', 'Saleh', 'Rasyid', 'Nurdin', 'Idris'],
    femaleRest: ['Kartini', 'Mulyani', 'Safitri', 'Aisyah', 'Rosmalia', 'Nurbaya', 'Herlina'],
  },
}

/** A full name of the given tradition and sex: first name, second name, and a third one in 40% of cases. */
export function drawName(random: Random, ethnic: Ethnic, isFemale: boolean): string {
  const list = NAMES[ethnic]
  const first = random.pick(isFemale ? list.female : list.male)
  const rest = isFemale ? list.femaleRest : list.maleRest
  const second = random.pick(rest)
  if (!random.chance(0.4)) return `${first} ${second}`
  const third = random.pick(rest)
  return third === second ? `${first} ${second}` : `${first} ${second} ${third}`
}

/** Known spelling variants of common names, as they appear when a name is typed from speech or an old card. */
const SPELLING_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  Muhammad: ['Muhamad', 'Mohammad', 'Mochammad'],
  Ahmad: ['Achmad', 'Akhmad'],
  Siti: ['Sitti'],
  Sitti: ['Siti'],
  Rahmat: ['Rachmat'],
  Yusuf: ['Yusup'],
  Yohanes: ['Johanes'],
  Syahrani: ['Sahrani'],
  Nurhayati: ['Nurhayaty'],
  Norhayati: ['Nurhayati'],
  Fitriani: ['Fitriyani'],
  Rusdiansyah: ['Rusdiansah'],
  Wahyuni: ['Wahyunie'],
  Syahrudin: ['Syahruddin'],
  Hidayat: ['Hidayad'],
}

/**
 * A near-duplicate spelling of `name`: a known variant of one of its words when there is one, otherwise two
 * adjacent letters swapped inside the longest word ("Nurhalizah" → "Nurhailzah"). Never returns `name`.
 */
export function misspellName(random: Random, name: string): string {
  const words = name.split(' ')
  const withVariant = words.flatMap((word, index) => (SPELLING_VARIANTS[word] ? [index] : []))
  if (withVariant.length > 0) {
    const index = random.pick(withVariant)
    const variants = SPELLING_VARIANTS[words[index] ?? ''] ?? []
    return words.map((word, at) => (at === index ? random.pick(variants) : word)).join(' ')
  }
  const longest = words.reduce(
    (best, word, index) => (word.length > (words[best]?.length ?? 0) ? index : best),
    0,
  )
  const word = words[longest] ?? name
  // Swap positions i and i+1 with i ≥ 1 (keep the capital) where the letters differ.
  const candidates = [...word].flatMap((letter, index) =>
    index >= 1 && index + 1 < word.length && letter !== word[index + 1] ? [index] : [],
  )
  if (candidates.length === 0) return `${name}h`
  const at = random.pick(candidates)
  const swapped = `${word.slice(0, at)}${word[at + 1]}${word[at]}${word.slice(at + 2)}`
  return words.map((other, index) => (index === longest ? swapped : other)).join(' ')
}
