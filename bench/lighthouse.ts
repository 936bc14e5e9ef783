// Lighthouse (the version pinned in package.json) on the dashboard and on an embed, mobile preset
// (Lighthouse's default: a mid-range phone on a slow 4G connection, CPU slowed 4×), in the system
// Chromium. Prints the category scores and the failing audits; used by bench/run.ts and runnable
// alone: node --import tsx bench/lighthouse.ts [--port 3404]
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { root } from '../scripts/prisma-env.mjs';
import { startServer } from './server';

export interface LighthouseResult {
  path: string;
  scores: Record<'performance' | 'accessibility' | 'best-practices', number>;
  metrics: Record<string, number>;
  /** Audits that did not pass (score below 0.9), with their titles. */
  failing: Array<{ id: string; title: string; score: number | null; value?: string }>;
}

export const LIGHTHOUSE_PAGES = ['/', '/embed/map'];

export async function runLighthouse(opts: { port: number; databaseUrl?: string; pages?: string[] }) {
  const server = await startServer(
    opts.databaseUrl ?? `file:${path.join(root, 'var', 'compact-atlas.db')}`,
    opts.port,
  );
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const results: LighthouseResult[] = [];
  try {
    for (const page of opts.pages ?? LIGHTHOUSE_PAGES) {
      // One warm-up load (the server compiles nothing, but its caches and the OS file cache warm up).
      await fetch(`${server.origin}${page}`);
      const run = await lighthouse(`${server.origin}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const lhr = run!.lhr;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audits = lhr.audits;
      const metric = (id: string) => audits[id]?.numericValue ?? NaN;
      const ids = new Set(
        Object.values(lhr.categories).flatMap((c) =>
          c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id),
        ),
      );
      results.push({
        path: page,
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
        },
        metrics: {
          'first-contentful-paint': metric('first-contentful-paint'),
          'largest-contentful-paint': metric('largest-contentful-paint'),
          'total-blocking-time': metric('total-blocking-time'),
          'cumulative-layout-shift': metric('cumulative-layout-shift'),
          'speed-index': metric('speed-index'),
        },
        failing: [...ids]
          .map((id) => audits[id]!)
          .filter((a) => a.score !== null && a.score < 0.9)
          .map((a) => ({ id: a.id, title: a.title, score: a.score, value: a.displayValue })),
      });
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--port');
  runLighthouse({ port: i >= 0 ? Number(process.argv[i + 1]) : 3404 })
    .then((rs) => {
      for (const r of rs) {
        console.log(
          `${r.path}: performance ${r.scores.performance}, accessibility ${r.scores.accessibility}, best practices ${r.scores['best-practices']}` +
            ` (FCP ${r.metrics['first-contentful-paint']!.toFixed(0)} ms, LCP ${r.metrics['largest-contentful-paint']!.toFixed(0)} ms, TBT ${r.metrics['total-blocking-time']!.toFixed(0)} ms, CLS ${r.metrics['cumulative-layout-shift']!.toFixed(3)})`,
        );
        for (const f of r.failing) console.log(`  - ${f.id}: ${f.title}${f.value ? ` (${f.value})` : ''}`);
      }
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
