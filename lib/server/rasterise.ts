import 'server-only';
// SVG → PNG with resvg compiled to WebAssembly (@resvg/resvg-wasm): no native binary, no download,
// no system fonts (the fonts are passed in). The module is instantiated once per process.
import fs from 'node:fs';
import path from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { rasterFonts } from './chart-fonts';

let ready: Promise<void> | null = null;

function init(): Promise<void> {
  ready ??= initWasm(
    fs.readFileSync(path.join(process.cwd(), 'node_modules', '@resvg', 'resvg-wasm', 'index_bg.wasm')),
  ).catch((err: unknown) => {
    // "Already initialized" after a hot reload is fine; anything else is retried next time.
    if (String(err).includes('Already initialized')) return;
    ready = null;
    throw err;
  });
  return ready;
}

/** A PNG of the SVG at `scale` times its size (1 or 2), on white. */
export async function svgToPng(svg: string, scale: number): Promise<Uint8Array> {
  await init();
  const resvg = new Resvg(svg, {
    font: {
      fontBuffers: rasterFonts(),
      defaultFontFamily: 'Inter',
      sansSerifFamily: 'Inter',
      loadSystemFonts: false,
    },
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    shapeRendering: 2,
    textRendering: 1,
  });
  try {
    const image = resvg.render();
    const png = image.asPng();
    image.free();
    return png;
  } finally {
    resvg.free();
  }
}
