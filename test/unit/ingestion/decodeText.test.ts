import { decodeText, findInvalidUtf8, sniffBinary } from '../../../server/ingestion/decodeText.js';
import { EntenteError } from '../../../server/errors/EntenteError.js';

const utf16le = (text: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] as number;
    be[i + 1] = le[i] as number;
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
};
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

function reasonOf(bytes: Uint8Array): string {
  try {
    decodeText(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(EntenteError);
    expect((error as EntenteError).code).toBe('BAD_USER_INPUT');
    return (error as Error).message;
  }
  throw new Error('expected decodeText to refuse the bytes');
}

describe('decodeText', () => {
  it('decodes UTF-8 and drops a byte order mark', () => {
    expect(decodeText(Buffer.from('\uFEFFSeoul – Pyongyang’s envoy', 'utf8'))).toBe(
      'Seoul – Pyongyang’s envoy',
    );
  });

  it('decodes UTF-16 little- and big-endian files with a byte order mark', () => {
    const text = 'Kyiv – “Patriot” систем, 北朝鮮';
    expect(decodeText(utf16le(text))).toBe(text);
    expect(decodeText(utf16be(text))).toBe(text);
  });

  it('refuses an image, naming the format', () => {
    expect(reasonOf(PNG)).toMatch(/PNG image/);
    expect(reasonOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))).toMatch(/JPEG image/);
  });

  it('refuses data with NUL bytes as binary', () => {
    expect(reasonOf(Buffer.from([0x41, 0x42, 0, 0x43]))).toMatch(/binary/);
  });

  it('refuses invalid UTF-8 with the byte offset and how to convert', () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait')]);
    const reason = reasonOf(bytes);
    expect(reason).toMatch(/Invalid UTF-8 at byte 3/);
    expect(reason).toMatch(/iconv/);
  });

  it('finds the first invalid sequence, accepting every valid one', () => {
    expect(findInvalidUtf8(Buffer.from('aé€😀'))).toBe(-1);
    expect(findInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(findInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // surrogate
    expect(findInvalidUtf8(Buffer.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2); // cut short
  });

  it('says when NUL bytes are UTF-16 text without a byte order mark', () => {
    expect(reasonOf(Buffer.from('Chad met with Niger.', 'utf16le'))).toMatch(
      /UTF-16 text without a byte order mark.*UTF-8/,
    );
  });

  it('does not take ordinary text for binary', () => {
    expect(sniffBinary(Buffer.from('GIF is not at the start: a GIF8 here'))).toBeNull();
  });
});
