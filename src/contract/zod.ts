/**
 * zod as the contract uses it. In a browser zod must not compile parsers with `new Function`: the
 * Content-Security-Policy refuses it (no 'unsafe-eval') and reports zod's probe for it as a violation.
 * Every contract file imports `z` from here, so the setting is made before any schema exists, whatever
 * order the bundler evaluates the chunks in. On the server the compiled parsers stay (faster).
 */
import { z } from 'zod';

if (typeof window !== 'undefined') z.config({ jitless: true });

export { z };
