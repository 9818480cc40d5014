import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy the built UI runs under. Scripts only from this server (Vite emits no
 * inline script); styles also inline because Ant Design writes its CSS-in-JS into <style> tags and
 * components set `style` attributes; images also data:/blob: (favicon, QR codes, previews); frames
 * only from this server (the certificate PDF preview); nobody may frame the UI.
 */
export function uiCsp(https: boolean): Record<string, string[] | null> {
  return {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    frameSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    // on a plain-HTTP intranet this would send the browser to https:// that does not exist
    upgradeInsecureRequests: https ? [] : null,
  };
}

/** Swagger UI (/api/docs) ships an inline bootstrap script and inline styles. */
const DOCS_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";
/** A PDF (or other file) shown in the UI's own frame: the browser's PDF viewer must run, framed by us only. */
const FILE_CSP = "frame-ancestors 'self'";

/**
 * Security headers on every response (@fastify/helmet): CSP above, X-Frame-Options DENY,
 * X-Content-Type-Options nosniff, Referrer-Policy strict-origin-when-cross-origin, and HSTS only when
 * the public URL is https (HSTS on a plain-HTTP intranet name would lock browsers out of it).
 */
export async function installSecurityHeaders(app: FastifyInstance, publicUrl: string): Promise<void> {
  const https = publicUrl.toLowerCase().startsWith('https:');
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: uiCsp(https) },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: https ? { maxAge: 180 * 24 * 3600, includeSubDomains: false } : false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url.startsWith('/api/docs')) reply.header('content-security-policy', DOCS_CSP);
    else if (String(reply.getHeader('content-type') ?? '').startsWith('application/pdf')) {
      reply.header('content-security-policy', FILE_CSP);
      reply.header('x-frame-options', 'SAMEORIGIN');
    }
    return payload;
  });
}
