import { describe, expect, it } from 'vitest'
import { itReturnsEach } from '../testing/each-return.ts'
import { decodeText } from './decode-text.ts'
import { detectDelimiter } from './detect-delimiter.ts'

const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'))

describe('decodeText()', () => {
  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62]), 'a,b', 'utf-8', true],
    ['UTF-8', new Uint8Array(Buffer.from('Andréas,b')), 'Andréas,b', 'utf-8', false],
    ['Windows-1252', new Uint8Array(Buffer.from('Andréas,b', 'latin1')), 'Andréas,b', 'windows-1252', false],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, ...utf16le('a;b')]), 'a;b', 'utf-16le', true],
    ['UTF-16LE without BOM', utf16le('kode_desa\ttahun'), 'kode_desa\ttahun', 'utf-16le', false],
  ])('reads %s', (_, bytes, text, encoding, hasBom) => {
    expect(decodeText(bytes)).toEqual({ text, encoding, hasBom })
  })
})

describe('detectDelimiter()', () => {
  itReturnsEach(
    detectDelimiter,
    [
      ['a,b,c\n1,2,3', ','],
      ['a;b;c\r\n1,5;2;3', ';'],
      ['a\tb\tc', '\t'],
      ['"x;y",b,c', ','],
      ['single', ','],
    ],
    '%j is separated by %j',
  )
})
