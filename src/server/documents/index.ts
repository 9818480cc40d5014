export { DocumentDataError } from './document-data-error';
export { type CertificateData, renderCertificatesPdf } from './certificate-pdf';
export {
  type CanonicalCertificate,
  canonicalCertificateContent,
  generateCommuneKeyPair,
  signCertificate,
  verifyCertificate,
} from './certificate-signature';
