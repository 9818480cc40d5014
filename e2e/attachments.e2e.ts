import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentsApi } from '../src/contract/attachments';
import { pdfBytes } from '../src/server/testing/sample-files';
import { apiAs } from './api';
import { cspViolations, launchBrowser, pageAs, shot } from './browser';
import { proposalAt } from './fixtures';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('files attached to a proposal, in Chromium', () => {
  it('the officer attaches a signed PDF, sees it previewed, then deletes it with a reason', async () => {
    const id = await proposalAt('DRAFT', { person: 'Hà Thị Huyền' });
    const name = 'Biên bản họp bình xét.pdf';
    const page = await pageAs(browser, 'canbo');
    await page.goto(`/de-nghi/${id}`);
    const panel = page.getByTestId('attachments-panel');
    await panel.getByText('Chưa có tệp đính kèm.').waitFor();

    // choose the file as a user does: the drop zone opens the file chooser
    await panel.getByText('Bản gốc đã ký', { exact: true }).click();
    await expect.poll(() => panel.getByRole('radio', { name: 'Bản gốc đã ký' }).isChecked()).toBe(true);
    const chooser = page.waitForEvent('filechooser');
    await panel.getByText('Kéo tệp vào đây hoặc bấm để chọn tệp').click();
    await (await chooser).setFiles({
      name,
      mimeType: 'application/pdf',
      buffer: Buffer.from(pdfBytes('Bien ban hop binh xet')),
    });
    await page.getByText(`Đã đính kèm tệp ${name}.`).waitFor();
    await panel.getByText(name).waitFor();
    await expect.poll(() => panel.getByText('Bản gốc đã ký', { exact: true }).count()).toBe(2); // the choice, the file's tag

    // preview: the browser's PDF viewer in a frame of the app's own origin, allowed by its CSP
    const served = page.waitForResponse(
      (r) => r.url().includes('/content') && r.request().method() === 'GET',
    );
    await panel.getByRole('button', { name: `Xem tệp ${name}` }).click();
    const preview = page.getByRole('dialog', { name });
    await preview.locator(`iframe[title="Xem trước ${name}"]`).waitFor();
    const res = await served;
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect(res.headers()['content-disposition']).toMatch(/^inline; /);
    expect(cspViolations(page)).toEqual([]);
    await shot(page, '70-tep-dinh-kem-xem-truoc', { idle: false }); // the PDF viewer's network never rests
    await preview.getByRole('button', { name: 'Đóng', exact: true }).last().click();
    await preview.waitFor({ state: 'hidden' });

    // delete with a reason, confirmed in a dialog
    await panel.getByRole('button', { name: `Xóa tệp ${name}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Xóa tệp đính kèm' });
    await confirm.getByRole('button', { name: 'Xóa tệp' }).click();
    await confirm.getByText('Cần ghi lý do xóa tệp').waitFor();
    await confirm.getByLabel('Lý do xóa').fill('Đính kèm nhầm bản chưa ký');
    await confirm.getByRole('button', { name: 'Xóa tệp' }).click();
    await page.getByText(`Đã xóa tệp ${name}.`).waitFor();
    await panel.getByText('Chưa có tệp đính kèm.').waitFor();
  });

  it('on a phone (390 px) the list fits the screen: name, type, size, who and when, with its actions', async () => {
    const id = await proposalAt('DRAFT', { person: 'Hà Thị Huyền' });
    const name = 'Ảnh trao giấy khen năm nay.png';
    const png = Uint8Array.from(
      Buffer.from(
        '89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc000000301010018dd8db40000000049454e44ae426082',
        'hex',
      ),
    );
    await apiAs('canbo').call(attachmentsApi.uploadAttachment, {
      query: { ownerKind: 'PROPOSAL', ownerId: id, name },
      body: png,
    });
    const page = await pageAs(browser, 'canbo');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/de-nghi/${id}`);
    const panel = page.getByTestId('attachments-panel');
    await panel.getByText(name).waitFor();
    await panel.getByText(/Ảnh PNG · \d+ byte · .+ · \d{2}\/\d{2}\/\d{4}/).waitFor();
    const box = await panel.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await panel.scrollIntoViewIfNeeded();
    await shot(page, '71-tep-dinh-kem-dien-thoai');
    await panel.getByRole('button', { name: `Xem tệp ${name}` }).click();
    await page.getByRole('dialog', { name }).getByRole('img', { name }).waitFor();
  });
});
