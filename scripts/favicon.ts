// Writes app/favicon.ico from app/icon.svg: the same mark at 16, 32 and 48 px, each a PNG inside one
// ICO file. Pages declare the SVG icon, but browsers still ask for /favicon.ico now and then (while a
// page is replaced, for a download or a JSON answer); it must not be a 404.
// Run after changing the icon: node --import tsx scripts/favicon.ts
import fs from 'node:fs';
import path from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const root = path.join(import.meta.dirname, '..');
export const FAVICON_SIZES = [16, 32, 48];

/** An ICO file holding PNG images (supported by every browser since Internet Explorer 9). */
export function icoOf(images: Array<{ size: number; png: Uint8Array }>): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at); // width (0 = 256)
    header.writeUInt8(size >= 256 ? 0 : size, at + 1); // height
    header.writeUInt8(0, at + 2); // no palette
    header.writeUInt8(0, at + 3); // reserved
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => Buffer.from(i.png))]);
}

/** The favicon for the current app/icon.svg. */
export async function renderFavicon(): Promise<Buffer> {
  await initWasm(
    fs.readFileSync(path.join(root, 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm')),
  ).catch((err: unknown) => {
    if (!String(err).includes('Already initialized')) throw err;
  });
  const svg = fs.readFileSync(path.join(root, 'app', 'icon.svg'), 'utf8');
  const images = FAVICON_SIZES.map((size) => {
    const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: size } });
    const image = resvg.render();
    const png = image.asPng();
    image.free();
    resvg.free();
    return { size, png };
  });
  return icoOf(images);
}

export const FAVICON_FILE = path.join(root, 'app', 'favicon.ico');

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.writeFileSync(FAVICON_FILE, await renderFavicon());
  console.log(`Wrote ${path.relative(process.cwd(), FAVICON_FILE)} (${FAVICON_SIZES.join(', ')} px)`);
}
