import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAVICON_FILE, FAVICON_SIZES, renderFavicon } from './favicon';

/** The images an ICO file lists: size from the directory, and the PNG's own width and height. */
function entries(ico: Buffer) {
  expect(ico.readUInt16LE(2)).toBe(1); // an icon
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const at = 6 + 16 * i;
    const png = ico.subarray(ico.readUInt32LE(at + 12), ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8));
    return {
      size: ico.readUInt8(at),
      png: png.subarray(1, 4).toString('latin1'),
      width: png.readUInt32BE(16),
      height: png.readUInt32BE(20),
    };
  });
}

describe('favicon.ico', () => {
  it('holds the icon at 16, 32 and 48 px, each a PNG of that size', () => {
    expect(entries(fs.readFileSync(FAVICON_FILE))).toEqual(
      FAVICON_SIZES.map((size) => ({ size, png: 'PNG', width: size, height: size })),
    );
  });

  it('is what app/icon.svg gives (run scripts/favicon.ts if not)', async () => {
    expect((await renderFavicon()).equals(fs.readFileSync(FAVICON_FILE))).toBe(true);
  });
});
