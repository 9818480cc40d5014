import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cspViolations, launchBrowser, newPage, pageAs } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The pages of each menu, signed in as the officer, then the public ones. */
const PAGES = [
  '/',
  '/phong-trao',
  '/viec-can-lam',
  '/lich-ky-niem',
  '/ke-hoach',
  '/chi-tieu',
  '/danh-gia-xep-loai',
  '/hoi-dong',
  '/cong-khai-xet',
  '/bao-cao',
  '/dien-hinh-tien-tien',
  '/goi-y-khen-thuong',
  '/danh-muc-khen-thuong',
];

describe('the UI runs under its Content-Security-Policy', () => {
  it('the main pages report no CSP violation', async () => {
    const page = await pageAs(browser, 'canbo');
    for (const p of PAGES) {
      await page.goto(p);
      await page.waitForLoadState('networkidle');
      expect(cspViolations(page), p).toEqual([]);
    }
    const res = await page.goto('/');
    expect(res?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res?.headers()['x-frame-options']).toBe('DENY');
  });

  it('public pages and the API docs too', async () => {
    const anon = await newPage(browser, baseUrl);
    for (const p of ['/dien-hinh', '/cong-khai', '/dang-nhap', '/api/docs/']) {
      await anon.goto(p);
      await anon.waitForLoadState('networkidle');
      expect(cspViolations(anon), p).toEqual([]);
    }
  });
});
