import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

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

const violations = new WeakMap<Page, string[]>();

/** The pages the running test opened: e2e/setup.ts saves their screenshots when it fails, then closes them. */
export const openPages = new Set<Page>();

/** Content-Security-Policy violations the page reported so far (console errors and securitypolicyviolation events). */
export function cspViolations(page: Page): string[] {
  return violations.get(page) ?? [];
}

/** A page in a browser context of its own (its own cookies), signed in as nobody. */
export async function newPage(browser: Browser, baseURL: string): Promise<Page> {
  return pageIn(browser, baseURL);
}

/**
 * A page in a context of its own, signed in as a demo account: the session global-setup made for it, so a
 * test starts where it means to start without going through the sign-in form.
 */
export async function pageAs(browser: Browser, username: string): Promise<Page> {
  return pageIn(browser, inject('baseUrl'), sessionOf(username));
}

export function sessionOf(username: string): string {
  const token = inject('sessions')[username];
  if (!token) throw new Error(`no session for ${username} (see SIGNED_IN in e2e/global-setup.ts)`);
  return token;
}

async function pageIn(browser: Browser, baseURL: string, session?: string): Promise<Page> {
  const ctx = await browser.newContext({
    baseURL,
    viewport: { width: 1366, height: 860 },
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  // A busy machine (other builds and tests running) answers slowly: wait longer than Playwright's 30 s.
  ctx.setDefaultTimeout(60_000);
  if (session) await ctx.addCookies([{ name: 'td_session', value: session, url: baseURL }]);
  const page = await ctx.newPage();
  openPages.add(page);
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

/** Sign in through the sign-in form (for the stories about signing in; other tests use `pageAs`). */
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

/**
 * Choose in a select field as a keyboard user does: open the field named `label`, type `search` to filter
 * (without diacritics works too) when given, then move down the list until the option announced as active
 * is `option`, and press Enter. Reading the active option waits for the options to load and the filter to
 * apply; no option is clicked by its look.
 */
export async function choose(
  page: Page,
  label: string | RegExp,
  option: string | RegExp,
  search?: string,
): Promise<void> {
  const box = page.getByRole('combobox', { name: fieldName(label) });
  await box.click();
  if (search !== undefined) await box.fill(search);
  const wanted = (name: string) => (typeof option === 'string' ? name === option : option.test(name));
  const active: { name: string | null } = { name: null };
  for (let moves = 0; moves < 200; moves++) {
    // the active option once the list shows one, and another one after each move (or the one wanted:
    // a move may come as the filter applies, and a list of one option does not move)
    const before = active.name;
    await expect
      .poll(async () => {
        active.name = await activeOption(page, box);
        return active.name !== null && (active.name !== before || wanted(active.name));
      })
      .toBe(true);
    if (active.name !== null && wanted(active.name)) {
      await box.press('Enter');
      return;
    }
    await box.press('ArrowDown');
  }
  throw new Error(`no option ${String(option)} in ${String(label)}`);
}

/** The name of the option a select (combobox) announces as active, through `aria-activedescendant`. */
async function activeOption(page: Page, box: Locator): Promise<string | null> {
  const id = await box.getAttribute('aria-activedescendant');
  if (!id) return null;
  const option = page.getByRole('option').and(page.locator(`[id="${id}"]`));
  if ((await option.count()) !== 1) return null;
  return option.getAttribute('aria-label');
}

/**
 * Choose a unit in a tree select (the organisation tree) inside `form`: type `search`, click the unit's
 * node, see it among the field's choices, then leave the field (Tab) so its list closes. (The tree does not
 * announce its active node, so the keyboard walk of `choose` is not possible here.)
 */
export async function chooseInTree(
  page: Page,
  form: Locator,
  label: string,
  option: string,
  search: string,
): Promise<void> {
  const box = form.getByRole('combobox', { name: fieldName(label) });
  await box.click();
  await box.fill(search);
  const node = page.getByRole('treeitem', { name: new RegExp(`${escapeRegExp(option)}$`) });
  const chosen = form.getByText(option, { exact: true });
  await node.waitFor();
  // A click while the filtered tree is still being laid out (a busy machine) can miss: click the node
  // again only while it is shown as not selected, until the field shows the unit.
  await expect
    .poll(async () => {
      if ((await chosen.count()) > 0) return true;
      if ((await node.count()) === 1 && (await node.getAttribute('aria-selected')) === 'false')
        await node.click({ timeout: 10_000 }).catch(() => undefined);
      return (await chosen.count()) > 0;
    })
    .toBe(true);
  await box.press('Tab');
  await expect.poll(() => box.getAttribute('aria-expanded')).toBe('false');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A form field's accessible name: its label, after the "*" a required field shows before it. */
export function fieldName(label: string | RegExp): RegExp {
  if (typeof label !== 'string') return label;
  return new RegExp(`^(\\* )?${escapeRegExp(label)}$`);
}

/**
 * Where screenshots go: the docs' folder only when refreshing them on purpose (`npm run screenshots`),
 * otherwise `.tmp/screenshots`, so a test run changes no tracked file.
 */
export function screenshotDir(sub = ''): string {
  return path.join(process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : '.tmp/screenshots', sub);
}

const refreshingDocs = () => process.env.UPDATE_SCREENSHOTS === '1';

/**
 * Save a screenshot (docs/screenshots/<name>.png when refreshing the docs, see `screenshotDir`) once the
 * page stopped loading. `toast`: a message the page just showed; for the docs' pictures, wait until it fades.
 * `idle: false` for a page whose network never rests (the browser's PDF viewer).
 */
export async function shot(
  page: Page,
  name: string,
  opts: { dir?: string; toast?: string | RegExp; idle?: boolean } = {},
): Promise<void> {
  const dir = opts.dir ?? screenshotDir();
  fs.mkdirSync(dir, { recursive: true });
  if (opts.idle !== false) await page.waitForLoadState('networkidle');
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
  if (opts.toast && refreshingDocs())
    await expect
      .poll(() => page.getByText(opts.toast as string | RegExp).count(), { timeout: 30_000 })
      .toBe(0);
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: false });
}
