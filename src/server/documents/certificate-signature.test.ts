import { describe, expect, it } from 'vitest';
import {
  canonicalCertificateContent,
  generateCommuneKeyPair,
  shortCodeOf,
  signCertificate,
  verifyCertificate,
} from './certificate-signature';

const cert = {
  communeCode: 'X-TANVIET',
  decisionNumber: '15/QĐ-UBND',
  decisionDate: '2024-12-20',
  registerNumber: 7,
  awardCode: 'GK_XA_REGULAR',
  awardName: 'Giấy khen của Chủ tịch UBND xã',
  awardeeName: 'Nguyễn Thị Ánh',
  achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2024',
};

describe('certificate signatures (Ed25519)', () => {
  const keys = generateCommuneKeyPair();
  const { signature, shortCode } = signCertificate(keys.privateKeyPem, cert);

  it('verifies the signed content and derives the printed short code from the signature', () => {
    expect(verifyCertificate(keys.publicKeyPem, cert, signature)).toBe(true);
    expect(shortCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(shortCodeOf(signature)).toBe(shortCode);
  });

  it('is indifferent to Unicode form and spacing, but not to content', () => {
    const nfd = {
      ...cert,
      awardeeName: cert.awardeeName.normalize('NFD'),
      achievement: `  ${cert.achievement}  `,
    };
    expect(canonicalCertificateContent(nfd)).toBe(canonicalCertificateContent(cert));
    expect(verifyCertificate(keys.publicKeyPem, nfd, signature)).toBe(true);
  });

  it('fails for a tampered certificate, another commune key, or an invented signature', () => {
    expect(verifyCertificate(keys.publicKeyPem, { ...cert, awardeeName: 'Nguyễn Thị Anh' }, signature)).toBe(
      false,
    );
    expect(verifyCertificate(keys.publicKeyPem, { ...cert, registerNumber: 8 }, signature)).toBe(false);
    expect(verifyCertificate(generateCommuneKeyPair().publicKeyPem, cert, signature)).toBe(false);
    expect(verifyCertificate(keys.publicKeyPem, cert, 'A'.repeat(86))).toBe(false);
    expect(verifyCertificate(keys.publicKeyPem, cert, 'không-phải-base64')).toBe(false);
  });
});
