import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dir = path.dirname(require.resolve('@expo-google-fonts/tinos/package.json'));

/** Tinos (metric-compatible with Times New Roman; covers every Vietnamese letter). */
export const TINOS = {
  regular: path.join(dir, '400Regular', 'Tinos_400Regular.ttf'),
  bold: path.join(dir, '700Bold', 'Tinos_700Bold.ttf'),
  italic: path.join(dir, '400Regular_Italic', 'Tinos_400Regular_Italic.ttf'),
  boldItalic: path.join(dir, '700Bold_Italic', 'Tinos_700Bold_Italic.ttf'),
};
