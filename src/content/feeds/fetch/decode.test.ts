import { describe, expect, it } from 'vitest';
import { charsetOf, declaredEncoding, decodeFeed } from './decode.ts';

// "Notícias" in each encoding: í is C3 AD in UTF-8 and ED in Latin-1.
const utf8 = Buffer.from(
  '<?xml version="1.0"?><rss><channel><title>Notícias</title></channel></rss>',
  'utf8',
);
const latin1Declared = Buffer.from(
  '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Notícias</title></channel></rss>',
  'latin1',
);
const latin1Bare = Buffer.from('<rss><channel><title>Notícias</title></channel></rss>', 'latin1');

describe('decoding a feed', () => {
  it('reads UTF-8 when nothing says otherwise', () => {
    expect(decodeFeed(utf8)).toContain('<title>Notícias</title>');
  });

  it('follows the XML declaration', () => {
    expect(declaredEncoding(latin1Declared)).toBe('ISO-8859-1');
    expect(decodeFeed(latin1Declared)).toContain('<title>Notícias</title>');
  });

  it('finds the declaration after whitespace, in single quotes too', () => {
    const spaced = Buffer.from("\n  <?xml version='1.0' encoding='windows-1252' ?><rss/>", 'latin1');
    expect(declaredEncoding(spaced)).toBe('windows-1252');
  });

  it('prefers the HTTP charset to the declaration', () => {
    // The declaration says Latin-1, the server says UTF-8: the server wins.
    const body = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><t>Notícias</t>', 'utf8');
    expect(decodeFeed(body, 'application/rss+xml; charset=utf-8')).toContain('<t>Notícias</t>');
    expect(decodeFeed(latin1Declared, 'text/xml; charset="iso-8859-1"')).toContain('Notícias');
  });

  it('skips a charset it does not know and goes on to the declaration', () => {
    expect(decodeFeed(latin1Declared, 'text/xml; charset=klingon')).toContain('Notícias');
  });

  it('falls back to Latin-1 when the bytes are not UTF-8 and nothing names an encoding', () => {
    expect(decodeFeed(latin1Bare)).toBe('<rss><channel><title>Notícias</title></channel></rss>');
  });

  it('keeps a declared encoding even where bytes do not fit it (they become U+FFFD)', () => {
    const body = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="UTF-8"?><t>'),
      Buffer.from([0xed]),
      Buffer.from('</t>'),
    ]);
    expect(decodeFeed(body)).toContain('<t>\uFFFD</t>');
  });

  it('goes by a byte-order mark first, and drops it', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    expect(decodeFeed(bom, 'text/xml; charset=iso-8859-1').startsWith('<?xml')).toBe(true);
    expect(decodeFeed(bom, 'text/xml; charset=iso-8859-1')).toContain('Notícias');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<t>Notícias</t>', 'utf16le')]);
    expect(decodeFeed(utf16)).toBe('<t>Notícias</t>');
  });

  it('reads the charset parameter of a Content-Type', () => {
    expect(charsetOf('text/xml; Charset = "UTF-8"')).toBe('UTF-8');
    expect(charsetOf('text/xml; boundary=x; charset=latin1')).toBe('latin1');
    expect(charsetOf('text/xml')).toBeNull();
    expect(charsetOf(undefined)).toBeNull();
  });
});
