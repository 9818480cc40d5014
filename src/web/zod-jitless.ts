/**
 * Zod builds its object parsers with `new Function` unless told not to, and its probe for that is reported
 * as a Content-Security-Policy violation (`script-src` has no 'unsafe-eval'). The web builds the contract's
 * schemas without it: main.tsx imports this module first, before any schema exists.
 */
import { z } from 'zod';

z.config({ jitless: true });
