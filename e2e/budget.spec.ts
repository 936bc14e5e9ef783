// JavaScript budgets, read from the production build as a browser receives it: the scripts a page's
// HTML loads (module scripts; the nomodule polyfills are skipped by every supported browser),
// gzip-compressed. The charts' own code (next/dynamic chunks, fetched while the page hydrates) is not
// first-load JavaScript and is not counted here.
import zlib from 'node:zlib';
import { expect, test, type APIRequestContext } from '@playwright/test';

/** KB budgets. The dashboard meets the 200 KB target. For embeds the target is 120 KB, but Next.js 16
 * and React 19 alone weigh 129 KB gzip (111 KB brotli) before any of our code; the budget below holds
 * embeds close to that floor so they cannot silently grow
 * (docs/decisions/0008-aggregates-and-performance.md). */
const BUDGETS: Record<string, number> = {
  '/': 200,
  '/countries/VNM': 200,
  '/embed/map': 175,
  '/embed/timeline': 175,
};

async function firstLoadKb(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const scripts = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(`${m[1]}${m[3]}`))
    .map((m) => m[2]!);
  let bytes = 0;
  for (const src of new Set(scripts))
    bytes += zlib.gzipSync(await (await request.get(src)).body(), { level: 9 }).length;
  return { kb: bytes / 1024, scripts: scripts.length };
}

test.describe('JavaScript budgets', () => {
  for (const [path, budget] of Object.entries(BUDGETS))
    test(`${path} loads at most ${budget} KB of JavaScript (gzip) before its charts`, async ({ request }) => {
      const { kb, scripts } = await firstLoadKb(request, path);
      test.info().annotations.push({
        type: 'first-load',
        description: `${kb.toFixed(1)} KB gzip in ${scripts} scripts`,
      });
      console.log(`${path}: ${kb.toFixed(1)} KB gzip first-load JavaScript (${scripts} scripts)`);
      expect(kb).toBeGreaterThan(50); // the measurement itself works
      expect(kb).toBeLessThanOrEqual(budget);
    });
});
