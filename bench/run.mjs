/**
 * Benchmark of <applicant-status-tracker> (issue 6): headless Chromium through puppeteer-core, the
 * widget's IIFE on plain pages served by a real HTTP server on loopback (bench/server.mjs).
 *
 *   npm run build && node bench/run.mjs        (npm run bench)
 *   BENCH_RUNS=50 node bench/run.mjs           more runs per timing (default 30, after 3 warm-ups)
 *   CHROME_PATH=/path/to/chrome node bench/run.mjs
 *   BENCH_ONLY=paint,large node bench/run.mjs   only some sections (slow, paint, large, unchanged, memory, requests)
 *   BENCH_SLOW_RUNS=11 node bench/run.mjs       page loads per variant and cache state on the slow profile (default 7)
 *
 * Prints a table and writes every figure to bench/results/latest.json. Timings are medians over
 * the runs; comparisons (widget vs plain-DOM baseline) are measured alternately in the same run.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { startServer } from './server.mjs';
import { specExample, largeDocument, fiftySteps } from './docs.mjs';

const RUNS = Number(process.env.BENCH_RUNS) || 30;
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS) || 7;
/**
 * The slow profile (issue 15): a phone on a poor mobile connection. CDP network emulation adds the
 * round trip to every request and caps throughput each way; the CPU runs 4× slower. Bytes are
 * gzip, as a CDN serves them.
 */
const SLOW = { latencyMs: 400, bytesPerSecond: 50_000, cpuSlowdown: 4 };
const SLOW_VARIANTS = ['baseline', 'widget', 'preload'];
/** BENCH_ONLY=slow,paint,large,unchanged,memory,requests runs only those sections (default: all). */
const ONLY = process.env.BENCH_ONLY?.split(',').map((name) => name.trim()).filter(Boolean);
const wanted = (section) => !ONLY || ONLY.includes(section);
const WARMUP = 3;
/** Unchanged refreshes timed for the script-time figure. */
const UNCHANGED_REFRESHES = 50;
const CYCLES = 1_000;
const REFRESHES = 10_000;
/** The simulated schedule: refresh-interval 0.05 s, watched visible then hidden for this long. */
const SIM_INTERVAL_S = 0.05;
const SIM_MS = 6_000;
/** A second, longer interval: the gaps at both separate the jitter (scales) from fixed overhead (does not). */
const SIM_LONG_S = 0.25;
const DEFAULT_INTERVAL_S = 300;
/** Heap growth below this is noise (a gc'd heap of a few MB moves by tens of KB between readings). */
const HEAP_NOISE = 100 * 1024;

const root = fileURLToPath(new URL('..', import.meta.url));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => {
    const i = (sorted.length - 1) * q;
    return sorted[Math.floor(i)] + (sorted[Math.ceil(i)] - sorted[Math.floor(i)]) * (i - Math.floor(i));
  };
  return { median: at(0.5), p25: at(0.25), p75: at(0.75), min: sorted[0], max: sorted.at(-1), n: sorted.length };
}
const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const sum = (values) => values.reduce((a, b) => a + b, 0);

/**
 * Main-thread time spent while `work` runs, from V8's sampling profiler (100 µs): JavaScript
 * (including the garbage collector) and `(program)` (the browser's own work: style, layout, parsing…).
 */
async function profiled(cdp, work) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  const names = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]));
  const time = { js: 0, gc: 0, program: 0, idle: 0 };
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const name = names.get(id);
    if (name === '(idle)') time.idle += ms;
    else if (name === '(program)') time.program += ms;
    else if (name === '(garbage collector)') time.gc += ms;
    else time.js += ms;
  });
  return time;
}

const server = await startServer();
const crossOrigin = await startServer(); // another port: another origin
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  protocolTimeout: 600_000, // 10,000 refreshes run inside one evaluate

  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', '--js-flags=--expose-gc', '--enable-precise-memory-info',
  ],
});
const browserVersion = await browser.version();
const results = {};
const log = (message) => console.error(`[bench] ${message}`);

/** A new tab whose script errors are reported (a broken build should say why, not just hang). */
async function newPage() {
  const page = await browser.newPage();
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  return page;
}

async function blankPage() {
  const page = await newPage();
  await page.goto(`${server.origin}/pages/blank.html`, { waitUntil: 'load' });
  return page;
}

try {
  if (wanted('slow')) results.slowNetwork = await slowNetwork();
  if (wanted('paint')) results.firstPaint = await firstPaint();
  if (wanted('large')) results.largeRender = await largeRender();
  if (wanted('unchanged')) {
    results.unchangedRefresh = {
      body: await unchangedRefresh('same', false),
      etag: await unchangedRefresh('same-etag', true),
    };
  }
  if (wanted('memory')) results.memory = await memory();
  if (wanted('requests')) results.requests = await requests();
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
  await crossOrigin.close();
}

/**
 * Navigation start → 50 steps painted on the slow profile, for the three pages of slowPage()
 * (bench/server.mjs): plain-DOM baseline, the widget as the README's snippet has it, and the same
 * with the status preloaded. Each run clears the browser's cache, loads a variant (cold), goes to
 * about:blank and loads it again (warm: the script from the HTTP cache, the page and the status
 * revalidated, 304). The variants take turns in a rotating order; the first round is a warm-up.
 * Every load's requests are checked: cold loads fetch the status once (the preload is reused),
 * warm loads get a 304 for it and do not ask for the script.
 */
async function slowNetwork() {
  log(`slow network: ${SLOW_RUNS} cold + warm loads per variant (+1 warm-up round), ${SLOW.latencyMs} ms RTT, ${SLOW.bytesPerSecond * 8 / 1000} kbit/s, CPU ×${SLOW.cpuSlowdown}`);
  server.setDoc('slow', fiftySteps);
  const page = await newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: SLOW.latencyMs, downloadThroughput: SLOW.bytesPerSecond, uploadThroughput: SLOW.bytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW.cpuSlowdown });
  const load = async (variant) => {
    server.clearLog('slow');
    server.clearLog('slow-script');
    await page.goto(`${server.origin}/slow/${variant}.html`, { waitUntil: 'load', timeout: 60_000 });
    const r = await page.evaluate(() => Promise.race([
      window.__done,
      new Promise((_, reject) => setTimeout(() => reject(new Error('steps not painted within 30 s')), 30_000)),
    ]));
    if (r.steps !== fiftySteps.steps.length) throw new Error(`slow ${variant}: ${r.steps} steps painted`);
    return { painted: r.painted, status: server.log('slow').map((e) => e.status), script: server.log('slow-script').map((e) => e.status) };
  };
  const runs = { cold: {}, warm: {} };
  for (const cache of ['cold', 'warm']) for (const variant of SLOW_VARIANTS) runs[cache][variant] = [];
  for (let i = 0; i <= SLOW_RUNS; i++) {
    const order = SLOW_VARIANTS.map((_, k) => SLOW_VARIANTS[(i + k) % SLOW_VARIANTS.length]);
    for (const variant of order) {
      await cdp.send('Network.clearBrowserCache');
      const cold = await load(variant);
      await page.goto('about:blank');
      const warm = await load(variant);
      await page.goto('about:blank');
      if (i > 0) {
        runs.cold[variant].push(cold);
        runs.warm[variant].push(warm);
      }
    }
  }
  await page.close();
  const summary = (cache) => {
    const medians = Object.fromEntries(SLOW_VARIANTS.map((v) => [v, stats(runs[cache][v].map((r) => r.painted))]));
    return {
      ...medians,
      ratio: { widget: medians.widget.median / medians.baseline.median, preload: medians.preload.median / medians.baseline.median },
      statusAnswers: Object.fromEntries(SLOW_VARIANTS.map((v) => [v, [...new Set(runs[cache][v].map((r) => r.status.join('+')))]])),
      scriptAnswers: Object.fromEntries(SLOW_VARIANTS.map((v) => [v, [...new Set(runs[cache][v].map((r) => r.script.join('+') || 'none'))]])),
    };
  };
  return {
    profile: { ...SLOW, document: `${fiftySteps.steps.length} steps, ${JSON.stringify(fiftySteps).length} B JSON` },
    cold: summary('cold'),
    warm: summary('warm'),
    runs,
  };
}

/** Script start → steps painted, widget vs plain DOM, alternating, each a fresh navigation. */
async function firstPaint() {
  log(`first paint: ${RUNS} runs each (+${WARMUP} warm-up), alternating widget and baseline`);
  server.setDoc('paint', specExample);
  const page = await newPage();
  const runs = { widget: [], baseline: [] };
  for (let i = 0; i < WARMUP + RUNS; i++) {
    for (const kind of i % 2 ? ['widget', 'baseline'] : ['baseline', 'widget']) {
      await page.goto(`${server.origin}/pages/${kind}.html`, { waitUntil: 'load' });
      const r = await page.evaluate(() => Promise.race([
        window.__done,
        new Promise((_, reject) => setTimeout(() => reject(new Error('steps not painted within 10 s')), 10_000)),
      ]));
      if (r.steps !== specExample.steps.length) throw new Error(`${kind}: ${r.steps} steps painted`);
      if (i >= WARMUP) {
        runs[kind].push({ fromScript: r.painted - r.scriptStart, fromNavigation: r.painted, scriptToDom: r.inDom - r.scriptStart, scriptStart: r.scriptStart });
      }
    }
  }
  await page.close();
  const figure = (key) => {
    const widget = stats(runs.widget.map((r) => r[key]));
    const baseline = stats(runs.baseline.map((r) => r[key]));
    const paired = stats(runs.widget.map((r, i) => r[key] - runs.baseline[i][key]));
    return { widget, baseline, ratio: widget.median / baseline.median, difference: paired };
  };
  return {
    fromScriptStart: figure('fromScript'),
    fromNavigationStart: figure('fromNavigation'),
    scriptStartToDom: figure('scriptToDom'),
    scriptStart: figure('scriptStart'),
  };
}

/**
 * 50 steps and 200 history entries: the first render (history collapsed), opening the history,
 * then a refresh that changes one step with the history open.
 */
async function largeRender() {
  log(`large document: ${RUNS} runs (+${WARMUP} warm-up)`);
  const page = await blankPage();
  const runs = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    server.setDoc('large', largeDocument(0));
    const first = await page.evaluate(async () => {
      const el = bench.create({ endpoint: '/api/doc/large', 'application-id': 'WY-2020-99999', 'refresh-interval': '0' });
      const updates = bench.instrument(el);
      const status = bench.nextStatus(el);
      const t0 = performance.now();
      document.getElementById('stage').append(el);
      await status;
      const t1 = performance.now();
      const painted = await bench.afterPaint();
      const render = updates.find((u) => !u.hadSteps && u.hasSteps);
      Object.assign(window, { el, updates });
      return {
        script: render.script, layout: render.layout, appendToRendered: t1 - t0, appendToPainted: painted - t0,
        steps: el.shadowRoot.querySelectorAll('.steps > li').length,
        history: el.shadowRoot.querySelectorAll('.history li').length,
      };
    });
    if (first.steps !== 50 || first.history !== 0) throw new Error(`large: ${first.steps} steps, ${first.history} history entries rendered while collapsed`);
    // The history is collapsed (and so not rendered) at first: opening it renders the 200 entries.
    const opened = await page.evaluate(async () => {
      const from = updates.length;
      const details = el.shadowRoot.querySelector('details');
      const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
      details.querySelector('summary').click();
      await toggled;
      await el.updateComplete;
      const mine = updates.slice(from);
      return { script: mine.reduce((a, u) => a + u.script, 0), layout: mine.reduce((a, u) => a + u.layout, 0), history: el.shadowRoot.querySelectorAll('.history li').length };
    });
    if (opened.history !== 200) throw new Error(`large: ${opened.history} history entries after opening`);
    server.setDoc('large', largeDocument(1));
    const second = await page.evaluate(async () => {
      const from = updates.length;
      let mutations = 0;
      const observer = new MutationObserver((records) => (mutations += records.length));
      observer.observe(el.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
      const status = bench.nextStatus(el);
      const t0 = performance.now();
      await el.refresh();
      await status;
      const t1 = performance.now();
      const painted = await bench.afterPaint();
      mutations += observer.takeRecords().length;
      observer.disconnect();
      const mine = updates.slice(from);
      const changed = el.shadowRoot.querySelector('[data-state="skipped"]') !== null;
      el.remove();
      return {
        script: mine.reduce((a, u) => a + u.script, 0), layout: mine.reduce((a, u) => a + u.layout, 0), updates: mine.length,
        refreshToRendered: t1 - t0, refreshToPainted: painted - t0, mutations, changed,
      };
    });
    if (!second.changed) throw new Error('large: the changed step was not rendered');
    if (i >= WARMUP) runs.push({ first, opened, second });
  }
  await page.close();
  const pick = (part, key) => stats(runs.map((r) => r[part][key]));
  return {
    first: { script: pick('first', 'script'), layout: pick('first', 'layout'), appendToRendered: pick('first', 'appendToRendered'), appendToPainted: pick('first', 'appendToPainted') },
    historyOpened: { script: pick('opened', 'script'), layout: pick('opened', 'layout') },
    oneStepChanged: {
      script: pick('second', 'script'), layout: pick('second', 'layout'), updates: pick('second', 'updates'),
      refreshToRendered: pick('second', 'refreshToRendered'), refreshToPainted: pick('second', 'refreshToPainted'),
      mutations: pick('second', 'mutations'),
    },
  };
}

/** Refreshes that bring the same document (200 with the same body, or 304 with ETags). */
async function unchangedRefresh(key, etag) {
  log(`unchanged refresh (${etag ? '304, ETag' : '200, same body'}): ${UNCHANGED_REFRESHES} refreshes`);
  server.setDoc(key, specExample, { etag });
  server.clearLog(key);
  const page = await blankPage();
  const cdp = await page.createCDPSession();
  await page.evaluate(async (endpoint) => {
    const el = bench.create({ endpoint, 'application-id': 'WY-2020-00123', 'refresh-interval': '0' });
    const updates = bench.instrument(el);
    const status = bench.nextStatus(el);
    document.getElementById('stage').append(el);
    await status;
    await bench.afterPaint();
    const mutations = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(el.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
    Object.assign(window, { el, updates, mutations, observer });
  }, `/api/doc/${key}`);
  let inPage;
  const time = await profiled(cdp, async () => (inPage = await page.evaluate(async (n) => {
    const from = updates.length;
    const wall = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await el.refresh();
      await el.updateComplete;
      wall.push(performance.now() - t0);
    }
    await bench.afterPaint();
    mutations.push(...observer.takeRecords());
    const describe = (r) => `${r.type} ${r.target.nodeType === 1 ? r.target.localName : r.target.parentElement?.className || '#text'}`;
    // "Last checked 10:42:07 AM" moves on every check by design (issue 12.5): its text changes
    // whenever the clock has passed a second. Everything else must stay untouched.
    const inChecked = (r) => !!(r.target.nodeType === 1 ? r.target : r.target.parentElement)?.closest('[part~="checked"]');
    const status = mutations.filter((r) => !inChecked(r));
    return {
      wall, updates: updates.slice(from), mutations: status.length, checkedTime: mutations.length - status.length,
      kinds: [...new Set(status.map(describe))],
    };
  }, UNCHANGED_REFRESHES)));
  const statuses = server.log(key).slice(1).map((e) => e.status);
  await page.close();
  return {
    mutations: inPage.mutations,
    mutationKinds: inPage.kinds,
    checkedTimeMutations: inPage.checkedTime,
    scriptMsPerRefresh: (time.js + time.gc) / UNCHANGED_REFRESHES,
    browserMsPerRefresh: time.program / UNCHANGED_REFRESHES,
    updatesPerRefresh: inPage.updates.length / UNCHANGED_REFRESHES,
    updateScript: stats(inPage.updates.map((u) => u.script)),
    refreshWall: stats(inPage.wall),
    responses: { 200: statuses.filter((s) => s === 200).length, 304: statuses.filter((s) => s === 304).length },
  };
}

/** Gc'd JS heap (CDP) and DOM counters, at the start and after 1,000 create/remove cycles and 10,000 refreshes. */
async function memory() {
  log(`memory: ${CYCLES} create/remove cycles, ${REFRESHES} refreshes`);
  server.setDoc('mem', specExample);
  const page = await blankPage();
  const cdp = await page.createCDPSession();
  const reading = async () => {
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => gc());
      await cdp.send('HeapProfiler.collectGarbage');
    }
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const counters = await cdp.send('Memory.getDOMCounters');
    const perfMemory = await page.evaluate(() => performance.memory.usedJSHeapSize);
    return { heap: usedSize, performanceMemory: perfMemory, nodes: counters.nodes, listeners: counters.jsEventListeners, documents: counters.documents };
  };
  const cycles = (n) => page.evaluate(async (count) => {
    for (let i = 0; i < count; i++) {
      const el = bench.create({ endpoint: '/api/doc/mem', 'application-id': 'WY-2020-00123' });
      const status = bench.nextStatus(el);
      document.getElementById('stage').append(el);
      await status;
      el.remove();
    }
  }, n);
  const idle = [];
  for (let i = 0; i < 3; i++) idle.push((await reading()).heap);
  const start = await reading();
  await cycles(20);
  const warm = await reading();
  const cycleSeries = [];
  for (let done = 0; done < CYCLES; done += CYCLES / 4) {
    await cycles(CYCLES / 4);
    cycleSeries.push({ after: done + CYCLES / 4, ...(await reading()) });
  }
  const afterCycles = cycleSeries.at(-1);

  await page.evaluate(async () => {
    const el = bench.create({ endpoint: '/api/doc/mem', 'application-id': 'WY-2020-00123', 'refresh-interval': '0' });
    const status = bench.nextStatus(el);
    document.getElementById('stage').append(el);
    await status;
    for (let i = 0; i < 20; i++) await el.refresh();
    window.el = el;
  });
  const refreshStart = await reading();
  const refreshSeries = [];
  const t0 = performance.now();
  for (let done = 0; done < REFRESHES; done += REFRESHES / 4) {
    await page.evaluate(async (n) => {
      for (let i = 0; i < n; i++) await el.refresh();
    }, REFRESHES / 4);
    refreshSeries.push({ after: done + REFRESHES / 4, ...(await reading()) });
  }
  const refreshSeconds = (performance.now() - t0) / 1000;
  const afterRefreshes = refreshSeries.at(-1);
  const requests = server.log('mem').length;
  await page.close();
  return {
    idleReadings: idle,
    start, warm, afterCycles, cycleSeries,
    cyclesGrowthFromStart: afterCycles.heap - start.heap,
    cyclesGrowthFromWarm: afterCycles.heap - warm.heap,
    refreshStart, afterRefreshes, refreshSeries, refreshSeconds,
    refreshesGrowth: afterRefreshes.heap - refreshStart.heap,
    refreshesGrowthFromStart: afterRefreshes.heap - start.heap,
    // Past the first quarter the runtime is warm (JIT code, Lit's template cache, the page's
    // resource-timing buffer, which stops at 250 entries): growth from there on is what leaks.
    cyclesGrowthSecondHalf: afterCycles.heap - cycleSeries[1].heap,
    refreshesGrowthSecondHalf: afterRefreshes.heap - refreshSeries[1].heap,
    cyclesNodesStable: cycleSeries.every((r) => r.nodes === cycleSeries[0].nodes),
    refreshesNodesStable: refreshSeries.every((r) => r.nodes === refreshSeries[0].nodes),
    requests,
  };
}

/**
 * Requests per hour per open page at the defaults, two ways:
 *  - read from the schedule: the delays the widget hands to setTimeout after each check at the
 *    default refresh-interval (300 s), over many checks;
 *  - simulated: a page with refresh-interval 0.05 s watched for SIM_MS visible, then SIM_MS hidden
 *    (another tab in front); each gap between a response and the next request, divided by the
 *    interval, is the jitter factor; scaled to 300 s. Hidden requests are counted as they are.
 * And the share of requests answered 304 when the server sends ETags (same- and cross-origin).
 */
async function requests() {
  log('requests: reading the schedule at the default refresh-interval');
  server.setDoc('sched', specExample, { etag: true });
  server.clearLog('sched');
  let page = await blankPage();
  await page.evaluate(() => {
    window.delays = [];
    const setTimeout = window.setTimeout;
    window.setTimeout = (fn, ms, ...rest) => {
      if (ms >= 1000) delays.push(ms);
      return setTimeout(fn, ms, ...rest);
    };
    const el = bench.create({ endpoint: '/api/doc/sched', 'application-id': 'WY-2020-00123' });
    document.getElementById('stage').append(el);
    window.el = el;
  });
  await sleep(3000);
  const defaultFirst3s = server.log('sched').length;
  const schedule = await page.evaluate(async () => {
    for (let i = 0; i < 500; i++) await el.refresh();
    return { attribute: el.refreshInterval, delays };
  });
  await page.close();
  const delays = stats(schedule.delays);
  const meanDelay = sum(schedule.delays) / schedule.delays.length;

  /** A visible page at `interval` seconds for `duration` ms: each response → next request gap. */
  const simulate = async (key, interval, duration) => {
    server.setDoc(key, specExample, { etag: true });
    server.clearLog(key);
    const page = await blankPage();
    await page.bringToFront();
    await page.evaluate((endpoint, seconds) => {
      const el = bench.create({ endpoint, 'application-id': 'WY-2020-00123', 'refresh-interval': String(seconds) });
      document.getElementById('stage').append(el);
    }, `/api/doc/${key}`, interval);
    await sleep(duration);
    const entries = server.log(key).slice();
    const gaps = [];
    for (let i = 1; i < entries.length; i++) {
      if (entries[i - 1].sentAt !== undefined) gaps.push(entries[i].at - entries[i - 1].sentAt);
    }
    return { page, entries, gaps, meanGap: sum(gaps) / gaps.length };
  };

  log(`requests: simulating refresh-interval ${SIM_LONG_S} s for ${SIM_MS / 1000} s`);
  const long = await simulate('rate-long', SIM_LONG_S, SIM_MS);
  await long.page.close();
  log(`requests: simulating refresh-interval ${SIM_INTERVAL_S} s, ${SIM_MS / 1000} s visible then ${SIM_MS / 1000} s hidden`);
  const short = await simulate('rate', SIM_INTERVAL_S, SIM_MS);
  const page2 = short.page;
  const other = await newPage();
  await other.bringToFront();
  while ((await page2.evaluate(() => document.visibilityState)) !== 'hidden') await sleep(5);
  const hiddenFrom = performance.now();
  const visibleLog = server.log('rate').filter((e) => e.at < hiddenFrom);
  await sleep(SIM_MS);
  const hiddenUntil = performance.now();
  // A request already on its way when the tab went hidden is the visible page's.
  const hiddenLog = server.log('rate').filter((e) => e.at >= hiddenFrom + 100 && e.at < hiddenUntil);
  await page2.bringToFront();
  while ((await page2.evaluate(() => document.visibilityState)) !== 'visible') await sleep(5);
  const visibleAgain = performance.now();
  await sleep(1000);
  const back = server.log('rate').filter((e) => e.at >= visibleAgain);
  await other.close();
  await page2.close();

  // gap = jitter × interval + fixed overhead (response handling, timer, request): fit both from the two intervals.
  const slope = (long.meanGap - short.meanGap) / ((SIM_LONG_S - SIM_INTERVAL_S) * 1000);
  const overheadMs = short.meanGap - slope * SIM_INTERVAL_S * 1000;
  const factors = short.gaps.map((gap) => (gap - overheadMs) / (SIM_INTERVAL_S * 1000));
  const share304 = (entries) => entries.filter((e) => e.status === 304).length / entries.length;

  log('requests: cross-origin endpoint (the browser cache revalidates)');
  crossOrigin.setDoc('rate-x', specExample, { etag: true });
  crossOrigin.clearLog('rate-x');
  page = await blankPage();
  await page.evaluate((endpoint, interval) => {
    const el = bench.create({ endpoint, 'application-id': 'WY-2020-00123', 'refresh-interval': String(interval) });
    document.getElementById('stage').append(el);
  }, `${crossOrigin.origin}/api/doc/rate-x`, SIM_INTERVAL_S);
  await sleep(SIM_MS / 2);
  await page.close();
  const crossLog = crossOrigin.log('rate-x');

  return {
    method: 'schedule: the setTimeout delays the widget sets after 500 checks at the default interval; simulation: refresh-interval 0.05 s and 0.25 s, response→next-request gaps fitted as jitter × interval + overhead, extrapolated to 300 s',
    defaultAttribute: schedule.attribute,
    defaultRequestsInFirst3s: defaultFirst3s,
    schedule: {
      delaysSeconds: { min: delays.min / 1000, median: delays.median / 1000, max: delays.max / 1000, mean: meanDelay / 1000, n: delays.n },
      perHourVisible: 3_600_000 / meanDelay,
    },
    simulation: {
      intervals: [SIM_INTERVAL_S, SIM_LONG_S],
      meanGapMs: [short.meanGap, long.meanGap],
      requests: [short.entries.length, long.entries.length],
      fit: { jitterFactor: slope, overheadMs },
      visible: {
        seconds: SIM_MS / 1000, requests: visibleLog.length, jitterFactorAt50ms: stats(factors),
        perHourAtDefault: 3600 / (DEFAULT_INTERVAL_S * slope + overheadMs / 1000),
        share304: share304(visibleLog), statuses: { 200: visibleLog.filter((e) => e.status === 200).length, 304: visibleLog.filter((e) => e.status === 304).length },
      },
      hidden: { seconds: (hiddenUntil - hiddenFrom) / 1000, requests: hiddenLog.length, perHour: (hiddenLog.length / ((hiddenUntil - hiddenFrom) / 1000)) * 3600 * (SIM_INTERVAL_S / DEFAULT_INTERVAL_S) },
      backToVisible: { firstRequestAfterMs: back.length ? back[0].at - visibleAgain : null },
    },
    crossOrigin: {
      requests: crossLog.length, share304: share304(crossLog), ifNoneMatchSent: crossLog.filter((e) => e.ifNoneMatch).length,
    },
  };
}

// ---- Report --------------------------------------------------------------------------------------
const iife = await readFile(`${root}dist/applicant-status-tracker.iife.js`);
const iifeGzip = gzipSync(iife, { level: 9 }).length;
const sn = results.slowNetwork;
const fp = results.firstPaint;
const lr = results.largeRender;
const ur = results.unchangedRefresh;
const mem = results.memory;
const rq = results.requests;
const ms = (value) => `${round(value, 2)} ms`;
const kb = (bytes) => `${bytes >= 0 ? '+' : ''}${round(bytes / 1024, 1)} KB`;
const verdict = (ok) => (ok ? 'ok' : 'MISSED');

const rows = [
  ['size', 'IIFE gzip', `${iifeGzip.toLocaleString('en-US')} B`, '≤ 18,600 B (goal 16,000)', verdict(iifeGzip <= 18_600)],
  ...(sn ? ['cold', 'warm'].flatMap((cache) => {
    const c = sn[cache];
    const goal = { cold: ['≤ 1.8×', '≤ 1.4×'], warm: ['≤ 1.05×', '≤ 1.05×'] }[cache];
    const limit = { cold: [1.8, 1.4], warm: [1.05, 1.05] }[cache];
    const answers = (v) => `status ${c.statusAnswers[v].join(', ')}; script ${c.scriptAnswers[v].join(', ')}`;
    // The fastest run beside the median: on a shared machine the other tenants only ever add time.
    const best = (v) => `best ${Math.round(c[v].min)} ms (${round(c[v].min / c.baseline.min, 2)}×)`;
    return [
      ['slow network', `${cache}: navigation → 50 steps painted, plain DOM (${answers('baseline')})`, `${ms(c.baseline.median)}; best ${Math.round(c.baseline.min)} ms`, '', ''],
      ['slow network', `${cache}: the widget, README snippet (${answers('widget')})`, `${ms(c.widget.median)} (${round(c.ratio.widget, 2)}×); ${best('widget')}`, goal[0], verdict(c.ratio.widget <= limit[0])],
      ['slow network', `${cache}: the widget with the status preloaded (${answers('preload')})`, `${ms(c.preload.median)} (${round(c.ratio.preload, 2)}×); ${best('preload')}`, goal[1], verdict(c.ratio.preload <= limit[1])],
    ];
  }) : []),
  ...(fp ? [
  ['first paint', 'script start → steps painted, widget', ms(fp.fromScriptStart.widget.median), '', ''],
  ['first paint', 'script start → steps painted, plain DOM', ms(fp.fromScriptStart.baseline.median), '', ''],
  ['first paint', 'widget − plain DOM (median of paired runs)', ms(fp.fromScriptStart.difference.median), '≤ 10 ms', verdict(fp.fromScriptStart.difference.median <= 10)],
  ['first paint', 'ratio widget / plain DOM, from script start', `${round(fp.fromScriptStart.ratio, 2)}×`, '', ''],
  ['first paint', 'ratio widget / plain DOM, from navigation start (loopback ratio)', `${round(fp.fromNavigationStart.ratio, 2)}×`, '≤ 1.25×', verdict(fp.fromNavigationStart.ratio <= 1.25)],
  ['first paint', 'navigation → painted, widget / plain DOM', `${ms(fp.fromNavigationStart.widget.median)} / ${ms(fp.fromNavigationStart.baseline.median)}`, '', ''],
  ['first paint', 'navigation → painted, difference (paired)', ms(fp.fromNavigationStart.difference.median), '', ''],
  ['first paint', 'navigation → script start (download + compile), widget / plain', `${ms(fp.scriptStart.widget.median)} / ${ms(fp.scriptStart.baseline.median)}`, '', ''],
  ] : []),
  ...(lr ? [
  ['large doc', 'first render: update() script (50 steps; 200 history, collapsed)', ms(lr.first.script.median), '< 5 ms', verdict(lr.first.script.median < 5)],
  ['large doc', 'first render: + style & layout', ms(lr.first.layout.median), '', ''],
  ['large doc', 'first render: append → painted (incl. fetch, validation)', ms(lr.first.appendToPainted.median), '', ''],
  ['large doc', 'opening the history: update() script (200 entries)', ms(lr.historyOpened.script.median), '< 5 ms', verdict(lr.historyOpened.script.median < 5)],
  ['large doc', 'opening the history: + style & layout', ms(lr.historyOpened.layout.median), '', ''],
  ['large doc', 'one step changed (history open): Lit updates', String(lr.oneStepChanged.updates.median), '', ''],
  ['large doc', 'one step changed (history open): update() script (all updates)', ms(lr.oneStepChanged.script.median), '< 5 ms', verdict(lr.oneStepChanged.script.median < 5)],
  ['large doc', 'one step changed: + style & layout', ms(lr.oneStepChanged.layout.median), '', ''],
  ['large doc', 'one step changed: refresh() → painted (incl. fetch, validation)', ms(lr.oneStepChanged.refreshToPainted.median), '', ''],
  ['large doc', 'one step changed: DOM mutations', String(lr.oneStepChanged.mutations.median), '', ''],
  ] : []),
  ...(ur ? [
  ['unchanged refresh', 'DOM mutations (all but the "Last checked" time), 200 same body', `${ur.body.mutations} in ${UNCHANGED_REFRESHES}`, '0', verdict(ur.body.mutations === 0)],
  ['unchanged refresh', 'DOM mutations (all but the "Last checked" time), 304 (ETag)', `${ur.etag.mutations} in ${UNCHANGED_REFRESHES}`, '0', verdict(ur.etag.mutations === 0)],
  ['unchanged refresh', '"Last checked" time rewritten (when its second changed), 200 / 304', `${ur.body.checkedTimeMutations} / ${ur.etag.checkedTimeMutations} in ${UNCHANGED_REFRESHES}`, '', ''],
  ['unchanged refresh', 'script time per refresh, 200 / 304 (V8 profiler: JS + GC)', `${ms(ur.body.scriptMsPerRefresh)} / ${ms(ur.etag.scriptMsPerRefresh)}`, '', ''],
  ['unchanged refresh', 'browser work per refresh, 200 / 304 (profiler: (program))', `${ms(ur.body.browserMsPerRefresh)} / ${ms(ur.etag.browserMsPerRefresh)}`, '', ''],
  ['unchanged refresh', 'Lit updates per refresh, 200 / 304', `${round(ur.body.updatesPerRefresh, 2)} / ${round(ur.etag.updatesPerRefresh, 2)}`, '', ''],
  ['unchanged refresh', 'update() each, 200 / 304 (render, nothing committed)', `${ms(ur.body.updateScript.median)} / ${ms(ur.etag.updateScript.median)}`, '', ''],
  ['unchanged refresh', 'refresh() round trip, 200 / 304', `${ms(ur.body.refreshWall.median)} / ${ms(ur.etag.refreshWall.median)}`, '', ''],
  ] : []),
  ...(mem ? [
  ['memory', `heap at start (gc'd), after 20 warm-up cycles`, `${round(mem.start.heap / 1024, 1)} KB, ${round(mem.warm.heap / 1024, 1)} KB`, '', ''],
  ['memory', `heap after ${CYCLES} create/remove cycles vs start / vs warm-up`, `${kb(mem.cyclesGrowthFromStart)} / ${kb(mem.cyclesGrowthFromWarm)}`, '', ''],
  ['memory', `  heap by 250 cycles`, mem.cycleSeries.map((r) => `${round(r.heap / 1024)}`).join(' → ') + ' KB', '', ''],
  ['memory', `  growth over cycles ${CYCLES / 2}–${CYCLES}`, kb(mem.cyclesGrowthSecondHalf), `< ${HEAP_NOISE / 1024} KB`, verdict(mem.cyclesGrowthSecondHalf < HEAP_NOISE)],
  ['memory', `  DOM nodes / listeners: start → after each 250 cycles`, `${mem.start.nodes}/${mem.start.listeners} → ${mem.cycleSeries.map((r) => `${r.nodes}/${r.listeners}`).join(', ')}`, 'flat', verdict(mem.cyclesNodesStable)],
  ['memory', `heap after ${REFRESHES.toLocaleString('en-US')} refreshes vs before them / vs start`, `${kb(mem.refreshesGrowth)} / ${kb(mem.refreshesGrowthFromStart)}`, '', ''],
  ['memory', `  heap by 2,500 refreshes`, mem.refreshSeries.map((r) => `${round(r.heap / 1024)}`).join(' → ') + ' KB', '', ''],
  ['memory', `  growth over refreshes ${(REFRESHES / 2).toLocaleString('en-US')}–${REFRESHES.toLocaleString('en-US')}`, kb(mem.refreshesGrowthSecondHalf), `< ${HEAP_NOISE / 1024} KB`, verdict(mem.refreshesGrowthSecondHalf < HEAP_NOISE)],
  ['memory', `  DOM nodes / listeners after each 2,500 refreshes`, mem.refreshSeries.map((r) => `${r.nodes}/${r.listeners}`).join(', '), 'flat', verdict(mem.refreshesNodesStable)],
  ] : []),
  ...(rq ? [
  ['requests', 'schedule: delay after a check at defaults (min/mean/max)', `${round(rq.schedule.delaysSeconds.min, 1)} / ${round(rq.schedule.delaysSeconds.mean, 1)} / ${round(rq.schedule.delaysSeconds.max, 1)} s`, '270–330 s', verdict(rq.schedule.delaysSeconds.min >= 270 && rq.schedule.delaysSeconds.max <= 330)],
  ['requests', 'per hour, visible (read from the schedule)', `${round(rq.schedule.perHourVisible, 2)}`, '', ''],
  ['requests', `per hour, visible (simulated at ${SIM_INTERVAL_S} s and ${SIM_LONG_S} s, extrapolated)`, `${round(rq.simulation.visible.perHourAtDefault, 2)} (jitter ×${round(rq.simulation.fit.jitterFactor, 3)}, +${round(rq.simulation.fit.overheadMs, 1)} ms)`, '', ''],
  ['requests', `per hour, hidden (simulated: ${rq.simulation.hidden.requests} requests in ${round(rq.simulation.hidden.seconds, 1)} s)`, `${round(rq.simulation.hidden.perHour, 2)}`, '0', verdict(rq.simulation.hidden.requests === 0)],
  ['requests', 'back to visible: first request after', rq.simulation.backToVisible.firstRequestAfterMs === null ? 'none' : ms(rq.simulation.backToVisible.firstRequestAfterMs), '', ''],
  ['requests', 'answered 304 with ETags, same origin', `${round(rq.simulation.visible.share304 * 100, 1)} % of ${rq.simulation.visible.requests}`, '', ''],
  ['requests', 'answered 304 with ETags, cross-origin (browser cache)', `${round(rq.crossOrigin.share304 * 100, 1)} % of ${rq.crossOrigin.requests}`, '', ''],
  ] : []),
];
const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length), 6));
const header = ['group', 'figure', 'value', 'goal', ''];
console.log(header.map((h, c) => (c < 4 ? h.padEnd(widths[c]) : h)).join('  '));
console.log('-'.repeat(sum(widths) + 16));
for (const row of rows) console.log(row.map((cell, c) => (c < 4 ? cell.padEnd(widths[c]) : cell)).join('  '));

await mkdir(`${root}bench/results`, { recursive: true });
await writeFile(`${root}bench/results/latest.json`, `${JSON.stringify({
  date: new Date().toISOString(),
  environment: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, browser: browserVersion, runs: RUNS, warmup: WARMUP },
  size: { iifeBytes: iife.length, iifeGzip },
  table: rows.map(([group, figure, value, goal, ok]) => ({ group, figure, value, goal, ok })),
  ...results,
}, null, 2)}\n`);
console.log(`\nAll figures: bench/results/latest.json (medians of ${RUNS} runs; times in ms, heap in bytes).`);
