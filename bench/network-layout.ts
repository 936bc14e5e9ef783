// The network view at scale, measured in Chromium: a synthetic graph (2,000 nodes and 20,000 ties by
// default, deterministic) is laid out off the main thread; we read the layout time the chart records
// (performance measure 'compact-atlas:network-layout'), then pan and zoom for a few seconds and record
// every long task (> 50 ms on the main thread) and the frame rate while interacting.
// Needs a production build; starts its own server with BENCH_FIXTURES=1 (the fixture page is 404
// otherwise). Used by bench/run.ts and runnable alone: node --import tsx bench/network-layout.ts
import { chromium } from '@playwright/test';
import { root } from '../scripts/prisma-env.mjs';
import { startServer } from './server';
import path from 'node:path';

export interface NetworkLayoutResult {
  nodes: number;
  edges: number;
  /** Layout time per run (ms), request to laid-out graph. */
  layoutMs: number[];
  /**
   * Of each run's layout time, the worker's own computing (ms); the rest is starting the worker and
   * passing the graph. Absent from results written before the worker reported it.
   */
  computeMs?: number[];
  /** Main-thread long tasks while panning and zooming (durations, ms). */
  longTasksMs: number[];
  /** Frames painted per second while interacting. */
  fps: number;
  renderer: 'canvas' | 'svg';
}

export async function measureNetworkLayout(opts: {
  port: number;
  nodes?: number;
  edges?: number;
  runs?: number;
  databaseUrl?: string;
}): Promise<NetworkLayoutResult> {
  const nodes = opts.nodes ?? 2000;
  const edges = opts.edges ?? 20000;
  const runs = opts.runs ?? 5;
  const server = await startServer(
    opts.databaseUrl ?? `file:${path.join(root, 'var', 'compact-atlas.db')}`,
    opts.port,
    { BENCH_FIXTURES: '1' },
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const layoutMs: number[] = [];
    const computeMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.goto(`${server.origin}/bench/network?nodes=${nodes}&edges=${edges}&seed=${run + 1}`);
      await page.locator('.network__stage[data-layout="done"]').waitFor({ timeout: 60_000 });
      const ms = await page.evaluate(() => {
        const m = performance.getEntriesByName('compact-atlas:network-layout');
        const last = m[m.length - 1] as PerformanceMeasure | undefined;
        const detail = last?.detail as { computeMs?: number | null } | undefined;
        return { total: last ? last.duration : NaN, compute: detail?.computeMs ?? NaN };
      });
      layoutMs.push(ms.total);
      computeMs.push(ms.compute);
    }
    const renderer = (await page.locator('canvas.network__canvas').count()) > 0 ? 'canvas' : 'svg';
    const surface = page
      .locator(renderer === 'canvas' ? 'canvas.network__canvas' : '.network__stage svg')
      .first();
    const box = await surface.boundingBox();
    if (!box) throw new Error('The network surface has no box.');
    // A string, not a function: tsx's transform would wrap named functions in a helper the page lacks.
    await page.evaluate(`(() => {
      window.__longTasks = [];
      window.__frames = 0;
      window.__stopFrames = false;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push(e.duration);
      }).observe({ type: 'longtask' });
      const tick = () => {
        window.__frames++;
        if (!window.__stopFrames) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const started = Date.now();
    // Zoom in and out with Ctrl + wheel (the chart's zoom gesture), then drag to pan, three times.
    for (let round = 0; round < 3; round++) {
      await page.mouse.move(cx, cy);
      await page.keyboard.down('Control');
      for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -60);
      for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 60);
      await page.keyboard.up('Control');
      await page.mouse.down();
      for (let i = 0; i < 30; i++) await page.mouse.move(cx + i * 6, cy + Math.sin(i / 4) * 40);
      await page.mouse.up();
    }
    await page.waitForTimeout(300);
    const seconds = (Date.now() - started) / 1000;
    const { longTasks, frames } = await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[]; __frames: number; __stopFrames: boolean };
      w.__stopFrames = true;
      return { longTasks: w.__longTasks, frames: w.__frames };
    });
    return { nodes, edges, layoutMs, computeMs, longTasksMs: longTasks, fps: frames / seconds, renderer };
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (n: string, d: number) => {
    const i = process.argv.indexOf(`--${n}`);
    return i >= 0 ? Number(process.argv[i + 1]) : d;
  };
  measureNetworkLayout({
    port: arg('port', 3401),
    nodes: arg('nodes', 2000),
    edges: arg('edges', 20000),
    runs: arg('runs', 5),
  })
    .then((r) => {
      const sorted = [...r.layoutMs].sort((a, b) => a - b);
      console.log(
        `${r.nodes} nodes, ${r.edges} ties (${r.renderer}): layout ${sorted.map((x) => x.toFixed(0)).join(', ')} ms ` +
          `(in the worker: ${(r.computeMs ?? []).map((x) => x.toFixed(0)).join(', ')} ms); ` +
          `long tasks while interacting: ${r.longTasksMs.length ? r.longTasksMs.map((x) => x.toFixed(0)).join(', ') + ' ms' : 'none'}; ${r.fps.toFixed(0)} fps`,
      );
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
