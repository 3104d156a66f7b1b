import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { webDistDir } from '../../src/server/app';
import { buildWebIfNeeded } from '../../src/server/build-web-if-needed';
import { launchChromium } from '../../tests/setup/browser';
import { getJson, startServer, type BenchServer } from '../bench-server';
import { median, percentile, round } from '../measure';
import { allMet, check, datasetOf, type Scenario } from '../scenario';

const coldRuns = 7;
const warmRuns = 5;
const rowSelector = '[data-testid="partner-row"]';
const homeSelector = '[data-testid="dashboard"], [data-testid="dashboard-empty"]';

interface ScriptEntry {
  path: string;
  transferSize: number;
  encodedBodySize: number;
}

/** Where the time to the first row went, each from navigation start (ms), from the page's own timings. */
interface LoadPhases {
  /** The HTML's last byte. */
  documentMs: number;
  /** The last script fetched before the first row. */
  scriptsMs: number;
  domContentLoadedMs: number;
  /** The first API request sent and the last API answer received before the first row. */
  firstApiStartMs: number | null;
  lastApiEndMs: number | null;
  apiRequests: number;
  /** Main-thread tasks over 50 ms before the first row (parsing and running scripts, rendering). */
  longTaskMs: number;
}

interface PageLoad {
  /** From navigation start (the page's time origin) to the frame that first paints the selector. */
  visibleMs: number;
  /** The JavaScript the page had fetched by then (from the cache too: transferSize 0). */
  scripts: ScriptEntry[];
  phases: LoadPhases;
  /** Each API request before the first row: path, sent and answered (ms from navigation). */
  apiTimeline: { path: string; startMs: number; endMs: number }[];
}

declare global {
  interface Window {
    s11VisibleAt?: number;
    s11LongTasks?: { startTime: number; duration: number }[];
  }
}

/**
 * Runs in the page before any of its scripts: marks the animation frame in which the selector first
 * exists, so the time is the page's own clock and not the driver's polling. Plain text, because tsx
 * wraps named functions in a helper the page does not have.
 */
function markFirstPaintOf(selector: string): string {
  return `(() => {
    const selector = ${JSON.stringify(selector)};
    const mark = () => {
      if (!document.querySelector(selector)) return false;
      requestAnimationFrame(() => { window.s11VisibleAt ??= performance.now(); });
      return true;
    };
    new MutationObserver((records, observer) => { if (mark()) observer.disconnect(); })
      .observe(document, { childList: true, subtree: true });
    window.s11LongTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.s11LongTasks.push({ startTime: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  })();`;
}

/**
 * Loads the page and returns its timings. With `profileFile`, the page's main thread is sampled by
 * V8's profiler from before navigation until the row is painted, and the profile written there
 * (bench/summarise-profile.ts reads it).
 */
async function loadPage(
  context: BrowserContext,
  url: string,
  selector: string,
  profileFile?: string,
): Promise<PageLoad> {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: markFirstPaintOf(selector) });
    const profiler = profileFile ? await context.newCDPSession(page) : undefined;
    if (profiler) {
      await context.browser()!.startTracing(page, { categories: ['devtools.timeline', 'v8', 'blink'] });
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.setSamplingInterval', { interval: 200 });
      await profiler.send('Profiler.start');
    }
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(selector).first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForFunction(() => window.s11VisibleAt !== undefined);
    if (profiler && profileFile) {
      const { profile } = await profiler.send('Profiler.stop');
      fs.writeFileSync(profileFile, JSON.stringify(profile));
      const trace = await context.browser()!.stopTracing();
      fs.writeFileSync(profileFile.replace(/\.cpuprofile$/, '.trace.json'), trace);
      await page.screenshot({ path: profileFile.replace(/\.cpuprofile$/, '.png') });
    }
    return await page.evaluate(() => {
      const visibleMs = window.s11VisibleAt!;
      const resources = performance
        .getEntriesByType('resource')
        .filter((entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming)
        .filter((entry) => entry.responseEnd <= visibleMs);
      const scriptEntries = resources.filter((entry) => new URL(entry.name).pathname.endsWith('.js'));
      const api = resources.filter((entry) => new URL(entry.name).pathname.startsWith('/api/'));
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        visibleMs,
        scripts: scriptEntries.map((entry) => ({
          path: new URL(entry.name).pathname,
          transferSize: entry.transferSize,
          encodedBodySize: entry.encodedBodySize,
        })),
        apiTimeline: api.map((entry) => ({
          path: new URL(entry.name).pathname + new URL(entry.name).search,
          startMs: Math.round(entry.startTime),
          endMs: Math.round(entry.responseEnd),
        })),
        phases: {
          documentMs: navigation.responseEnd,
          scriptsMs: Math.max(0, ...scriptEntries.map((entry) => entry.responseEnd)),
          domContentLoadedMs: navigation.domContentLoadedEventEnd,
          firstApiStartMs: api.length > 0 ? Math.min(...api.map((entry) => entry.startTime)) : null,
          lastApiEndMs: api.length > 0 ? Math.max(...api.map((entry) => entry.responseEnd)) : null,
          apiRequests: api.length,
          longTaskMs: (window.s11LongTasks ?? [])
            .filter((task) => task.startTime < visibleMs)
            .reduce((sum, task) => sum + task.duration, 0),
        },
      };
    });
  } finally {
    await page.close();
  }
}

/** The rows the page shows, read back from the DOM. */
async function shownPartnerIds(context: BrowserContext, url: string): Promise<string[]> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.locator(rowSelector).first().waitFor({ state: 'visible' });
    return await page
      .locator(rowSelector)
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-partner-id') ?? ''));
  } finally {
    await page.close();
  }
}

const gzipSizes = new Map<string, number>();
/** The file's size gzipped at level 9, as the server's precompressed `.gz` would be. */
function gzipSizeOf(urlPath: string): number {
  let size = gzipSizes.get(urlPath);
  if (size === undefined) {
    const file = path.join(webDistDir, decodeURIComponent(urlPath));
    size = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
    gzipSizes.set(urlPath, size);
  }
  return size;
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

function jsFigures(load: PageLoad) {
  return {
    files: load.scripts.length,
    gzipKb: kb(load.scripts.reduce((sum, s) => sum + gzipSizeOf(s.path), 0)),
    transferredKb: kb(load.scripts.reduce((sum, s) => sum + s.transferSize, 0)),
    encodedKb: kb(load.scripts.reduce((sum, s) => sum + s.encodedBodySize, 0)),
  };
}

function timing(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    medianMs: round(median(sorted)),
    p95Ms: round(percentile(sorted, 95)),
    runsMs: values.map((v) => Math.round(v)),
  };
}

/** Each phase's median over the loads (null where no load had it). */
function phaseMedians(loads: PageLoad[]): Record<keyof LoadPhases, number | null> {
  const keys = Object.keys(loads[0]!.phases) as (keyof LoadPhases)[];
  return Object.fromEntries(
    keys.map((key) => {
      const values = loads.map((load) => load.phases[key]).filter((v): v is number => v !== null);
      return [key, values.length === 0 ? null : round(median(values))];
    }),
  ) as Record<keyof LoadPhases, number | null>;
}

async function measure(server: BenchServer, cookie: string, expectedIds: string[], profileFile?: string) {
  const equals = cookie.indexOf('=');
  const [name, value] = [cookie.slice(0, equals), cookie.slice(equals + 1)];
  const browser = await launchChromium();
  try {
    const newContext = async () => {
      // A fresh context is a fresh profile: empty memory and disk cache.
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      await context.addCookies([{ name, value, url: server.baseUrl }]);
      return context;
    };
    const checkContext = await newContext();
    const shown = await shownPartnerIds(checkContext, `${server.baseUrl}/mitra`);
    await checkContext.close();
    if (shown.join() !== expectedIds.join())
      throw new Error(`/mitra shows ${shown.length} rows starting ${shown[0]}, the API ${expectedIds[0]}`);

    if (profileFile) {
      // An extra cold load: sampling slows the page, so its timings are not kept.
      const profiledContext = await newContext();
      await loadPage(profiledContext, `${server.baseUrl}/mitra`, rowSelector, profileFile);
      await profiledContext.close();
    }
    const cold: PageLoad[] = [];
    const warm: PageLoad[] = [];
    for (let run = 0; run < coldRuns; run += 1) {
      const context = await newContext();
      cold.push(await loadPage(context, `${server.baseUrl}/mitra`, rowSelector));
      if (run < warmRuns) warm.push(await loadPage(context, `${server.baseUrl}/mitra`, rowSelector));
      await context.close();
    }
    const homeContext = await newContext();
    const home = await loadPage(homeContext, `${server.baseUrl}/`, homeSelector);
    await homeContext.close();
    return { cold, warm, home };
  } finally {
    await browser.close();
  }
}

/**
 * Quality-bars S11 in real Chromium against the app serving its built UI: a signed-in manager of the
 * largest institution opens /mitra with an empty cache, then again with a warm one. No floor: there
 * is no bare equivalent of a single-page app's first load.
 */
export const scenario: Scenario = {
  id: 'S11',
  name: 'Browser: first load of the partner list (/mitra), cold and warm cache',
  needsDataset: true,
  async run(ctx) {
    const dataset = datasetOf(ctx);
    await buildWebIfNeeded((message) => ctx.log(message));
    let largest = 0;
    for (const [index, institution] of dataset.institutions.entries())
      if (institution.partnerCount > dataset.institutions[largest]!.partnerCount) largest = index;
    const server = await startServer('app', ctx.target, { serveWeb: true });
    try {
      const cookie = await ctx.session(server, largest);
      const page = await getJson<{ items: { id: string }[] }>(`${server.baseUrl}/api/v1/partners?limit=50`, {
        cookie,
      });
      if (page.items.length === 0) throw new Error('the largest institution has no partners');
      const { cold, warm, home } = await measure(
        server,
        cookie,
        page.items.map((item) => item.id),
        process.env.BENCH_PROFILE_DIR
          ? path.join(process.env.BENCH_PROFILE_DIR, `s11-${ctx.dialect}-browser.cpuprofile`)
          : undefined,
      );
      const js = jsFigures(cold[0]!);
      const coldTiming = timing(cold.map((load) => load.visibleMs));
      const warmTiming = timing(warm.map((load) => load.visibleMs));
      const warmJs = jsFigures(warm[0]!);
      const homeJs = jsFigures(home);
      ctx.log(
        `    /mitra: ${js.files} JS files, ${js.gzipKb} KB gz (${js.transferredKb} KB transferred); ` +
          `visible cold median ${coldTiming.medianMs} ms, p95 ${coldTiming.p95Ms} ms; warm median ${warmTiming.medianMs} ms`,
      );
      const coldPhases = phaseMedians(cold);
      const warmPhases = phaseMedians(warm);
      const describe = (p: typeof coldPhases) =>
        `HTML ${p.documentMs}, scripts ${p.scriptsMs}, DOMContentLoaded ${p.domContentLoadedMs}, ` +
        `API ${p.firstApiStartMs}–${p.lastApiEndMs} (${p.apiRequests} requests), long tasks ${p.longTaskMs} ms`;
      ctx.log(`    cold medians (ms from navigation): ${describe(coldPhases)}`);
      ctx.log(`    warm medians (ms from navigation): ${describe(warmPhases)}`);
      const largestScripts = [...new Set(cold[0]!.scripts.map((script) => script.path))]
        .map((script) => ({ script, kb: kb(gzipSizeOf(script)) }))
        .sort((a, b) => b.kb - a.kb)
        .slice(0, 8);
      ctx.log(
        `    largest scripts (KB gz): ${largestScripts.map((s) => `${path.basename(s.script)} ${s.kb}`).join(', ')}`,
      );
      ctx.log(
        `    first cold load's API requests: ${cold[0]!.apiTimeline.map((r) => `${r.path} ${r.startMs}–${r.endMs}`).join('; ')}`,
      );
      ctx.log(`    /: ${homeJs.files} JS files, ${homeJs.gzipKb} KB gz before the dashboard shows`);
      const checks = [
        check('/mitra initial JS, gzipped', '≤ 250 KB', js.gzipKb, ' KB', js.gzipKb <= 250),
        check(
          'list visible, cold cache, median',
          '≤ 1000 ms',
          coldTiming.medianMs,
          ' ms',
          coldTiming.medianMs <= 1000,
        ),
        check(
          'list visible, cold cache, p95',
          '≤ 1000 ms',
          coldTiming.p95Ms,
          ' ms',
          coldTiming.p95Ms <= 1000,
        ),
      ];
      return {
        id: 'S11',
        name: scenario.name,
        dialect: ctx.dialect,
        size: ctx.size,
        target: 'initial JS ≤ 250 KB gzipped; list visible ≤ 1 s',
        figures: {
          institution: dataset.institutions[largest]!.name,
          partners: dataset.institutions[largest]!.partnerCount,
          initialJs: { ...js, scripts: cold[0]!.scripts.map((s) => s.path) },
          coldVisible: { ...coldTiming, phases: coldPhases },
          warmVisible: { ...warmTiming, transferredKb: warmJs.transferredKb, phases: warmPhases },
          homeInitialJs: homeJs,
        },
        checks,
        met: allMet(checks),
        notes: [
          'No floor: a single-page app’s first load has no bare equivalent.',
          'KB = 1024 bytes; gzip sizes are level 9 of the files the page fetched before the first row was painted.',
        ],
      };
    } finally {
      await server.stop();
    }
  },
};
