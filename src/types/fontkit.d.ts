// fontkit (PDFKit's font reader) ships no types; the report's PDF asks it only which characters a
// font has glyphs for.
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Buffer): Font;
}
