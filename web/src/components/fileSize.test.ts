import { describe, expect, it } from 'vitest';
import { fileSizeText } from './fileSize.ts';

describe('fileSizeText', () => {
  it('writes file sizes in bytes, KB or MB', () => {
    expect(fileSizeText(1)).toBe('1 byte');
    expect(fileSizeText(812)).toBe('812 bytes');
    expect(fileSizeText(14_500)).toBe('14 KB');
    expect(fileSizeText(10 * 1024 * 1024)).toBe('10 MB');
    expect(fileSizeText(2.5 * 1024 * 1024)).toBe('2.5 MB');
  });
});
