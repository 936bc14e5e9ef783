// Golden-SVG snapshots (after Observable Plot's tests): render a chart to static markup with a fixed
// time zone and locale, renumber generated ids, and compare with the file in __golden__/. A mismatch
// writes <name>-changed.svg next to it and fails; UPDATE_GOLDEN=1 accepts the new rendering.
import fs from 'node:fs';
import path from 'node:path';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect } from 'vitest';

function normalise(markup: string): string {
  const ids = new Map<string, string>();
  const rename = (id: string) => {
    if (!ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
    return ids.get(id)!;
  };
  // React's useId values look like «r0», :r0: or _R_abc_.
  return markup
    .replace(/(«[^»]+»|:r[0-9a-z]+:|_R_[0-9a-zA-Z_]+_)/g, (m) => rename(m))
    .replace(/(\d+\.\d{3})\d+/g, '$1')
    .replace(/></g, '>\n<');
}

export function expectGolden(element: ReactElement, file: string) {
  const markup = normalise(renderToStaticMarkup(element));
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const changed = file.replace(/\.svg$/, '-changed.svg');
  if (!fs.existsSync(file) || process.env.UPDATE_GOLDEN) {
    fs.writeFileSync(file, markup);
    fs.rmSync(changed, { force: true });
    return;
  }
  const expected = fs.readFileSync(file, 'utf8');
  if (expected !== markup) fs.writeFileSync(changed, markup);
  else fs.rmSync(changed, { force: true });
  expect(
    markup,
    `rendering differs from ${path.relative(process.cwd(), file)}; see ${path.basename(changed)}`,
  ).toBe(expected);
}
