export { type CertificateData, renderCertificatesPdf } from './certificate-pdf';
export {
  type CanonicalCertificate,
  canonicalCertificateContent,
  generateCommuneKeyPair,
  signCertificate,
  verifyCertificate,
} from './certificate-signature';
export { DocumentDataError } from './document-data-error';
