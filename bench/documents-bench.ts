import { renderCertificatesPdf } from '../src/server/documents';

/** 1,000 certificates of one decision into one PDF. */
export async function runDocumentsBench(): Promise<Record<string, number | string>> {
  const items = Array.from({ length: 1000 }, (_, i) => ({
    issuerName: 'ỦY BAN NHÂN DÂN XÃ TÂN VIỆT', signerTitle: 'CHỦ TỊCH', signerName: 'Phạm Văn Quyết',
    awardeeName: `Nguyễn Thị Thu Hương ${i + 1}`, awardeeDescription: 'Giáo viên, Trường Tiểu học Tân Việt',
    achievement: 'Có thành tích xuất sắc trong phong trào thi đua dạy tốt, học tốt năm học 2024 - 2025',
    decisionNumber: '15/QĐ-UBND', decisionDate: '2024-12-20', place: 'Tân Việt', registerNumber: i + 1,
    verifyCode: 'ABCD-EFGH-JKLM', verifyUrl: `http://localhost:3000/xac-minh/ABCD-EFGH-JKLM?s=${'x'.repeat(86)}`,
  }));
  await renderCertificatesPdf(items.slice(0, 2)); // warm up (font parsing)
  const t = performance.now();
  const pdf = await renderCertificatesPdf(items);
  const s = (performance.now() - t) / 1000;
  return { certificates: items.length, seconds: Number(s.toFixed(2)), pagesPerSecond: Math.round(items.length / s), pdfMegabytes: Number((pdf.length / 1e6).toFixed(1)) };
}
