/**
 * `npm run bench:first-load`: how long the first visit takes on a slow phone-like connection, in Debian's
 * Chromium (playwright-core) throttled through the DevTools protocol: "fast 3G" as this project defines it
 * (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip) and the CPU slowed down 4×, with an empty cache.
 *
 * Measures, each the median of RUNS (default 3) cold loads:
 * - the sign-in page (`/dang-nhap`): first contentful paint, and when the user-name field is on screen;
 * - the dashboard (`/`, signed in as `admin`): first contentful paint, and when its figures are on screen;
 * - the JavaScript each one downloads (bytes on the wire, as the browser received them).
 *
 * Starts the real server (built UI, demo commune, fresh database in a temp dir) unless BENCH_URL names a
 * running one (which must hold the demo commune). Build the UI first: `npx vite build`.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { startServer } from '../e2e/fresh-server';

const RUNS = Number(process.env.RUNS ?? 3);
/** Fast 3G, as used throughout docs/PERFORMANCE.md. */
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;

interface Load {
  fcp: number;
  ready: number;
  jsBytes: number;
}

async function coldLoad(
  browser: Browser,
  url: string,
  readySelector: string,
  session?: string,
): Promise<Load> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'vi-VN' });
  if (session) await ctx.addCookies([{ name: 'td_session', value: session, url }]);
  const page: Page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const scripts = new Set<string>();
  let jsBytes = 0;
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') scripts.add(e.requestId);
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (scripts.has(e.requestId)) jsBytes += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  const readyAt = await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      return el && (el as HTMLElement).offsetParent !== null ? performance.now() : false;
    },
    readySelector,
    { timeout: 120_000, polling: 'raf' },
  );
  const ready = (await readyAt.jsonValue()) as number;
  // the paint entry is recorded once the frame is on screen, which may be just after `ready`
  const fcpAt = await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? false,
    undefined,
    { timeout: 30_000 },
  );
  const fcp = (await fcpAt.jsonValue()) as number;
  await ctx.close();
  return { fcp, ready, jsBytes };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

async function signIn(baseUrl: string): Promise<string> {
  const r = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ username: 'admin', password: 'thidua2024' }),
  });
  const token = /td_session=([^;]+)/.exec(r.headers.get('set-cookie') ?? '')?.[1];
  if (!token) throw new Error(`cannot sign in admin: ${r.status}`);
  return token;
}

const server = process.env.BENCH_URL ? undefined : await startServer({ demo: true });
const baseUrl = process.env.BENCH_URL ?? server?.baseUrl ?? '';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
try {
  const session = await signIn(baseUrl);
  const scenarios = [
    { name: 'sign-in page', url: `${baseUrl}/dang-nhap`, ready: 'input[autocomplete="username"]' },
    { name: 'dashboard', url: `${baseUrl}/`, ready: '[data-testid="dashboard-year"]', session },
  ];
  console.log(
    `First load — fast 3G (${NETWORK.latency} ms RTT, 1.6 Mbit/s down, 750 kbit/s up), CPU ${CPU_SLOWDOWN}× slower, empty cache, median of ${RUNS}`,
  );
  for (const s of scenarios) {
    const loads: Load[] = [];
    for (let i = 0; i < RUNS; i++) loads.push(await coldLoad(browser, s.url, s.ready, s.session));
    const ms = (x: number) => `${(x / 1000).toFixed(2)} s`;
    console.log(
      `  ${s.name.padEnd(14)} first paint ${ms(median(loads.map((l) => l.fcp)))}` +
        `  ready ${ms(median(loads.map((l) => l.ready)))}` +
        `  JavaScript ${(median(loads.map((l) => l.jsBytes)) / 1024).toFixed(0)} KB on the wire`,
    );
  }
} finally {
  await browser.close();
  await server?.stop();
}
