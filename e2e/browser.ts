import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * A context used only for API calls: it says it comes from the app's own pages, as the browser does,
 * since the server refuses state-changing requests with a cookie but without Origin (CSRF check).
 */
export function apiContextOptions(baseURL: string) {
  return { baseURL, extraHTTPHeaders: { origin: new URL(baseURL).origin } };
}

const violations = new WeakMap<Page, string[]>();

/** Content-Security-Policy violations the page reported so far (console errors and securitypolicyviolation events). */
export function cspViolations(page: Page): string[] {
  return violations.get(page) ?? [];
}

export async function newPage(browser: Browser, baseURL: string): Promise<Page> {
  const ctx = await browser.newContext({
    baseURL,
    viewport: { width: 1366, height: 860 },
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  const page = await ctx.newPage();
  const seen: string[] = [];
  violations.set(page, seen);
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|CSP violation/i.test(m.text())) seen.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return page;
}

export async function login(page: Page, username: string, password = 'thidua2024'): Promise<void> {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('current-user').waitFor();
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByLabel('Tên đăng nhập').waitFor();
}

/** Choose in an Ant Design Select (by its form field id), typing to filter — without diacritics works too. */
export async function selectByTyping(page: Page, fieldId: string, text: string): Promise<void> {
  const box = page.locator(`#${fieldId}`);
  await box.click();
  await box.fill(text);
  await page.locator('.ant-select-item-option-active').first().waitFor();
  await page.keyboard.press('Enter');
}

/**
 * Where screenshots go: the docs' folder only when refreshing them on purpose (`npm run screenshots`),
 * otherwise `.tmp/screenshots`, so a test run changes no tracked file.
 */
export function screenshotDir(sub = ''): string {
  return path.join(process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : '.tmp/screenshots', sub);
}

/** Save a screenshot (docs/screenshots/<name>.png when refreshing the docs, see `screenshotDir`). */
export async function shot(page: Page, name: string, dir = screenshotDir()): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: false });
}
