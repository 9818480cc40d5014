import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { readSheetRows } from './src/server/ratings/xlsx-rows';
import { readIntakeRows, INTAKE_FILE_LIMITS } from './src/server/intake/intake-read';
import { COLUMNS } from './src/server/intake/intake-columns';
const out = new PassThrough(); const chunks: Buffer[] = []; out.on('data', (c: Buffer) => chunks.push(c));
const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
const ws = wb.addWorksheet('Dữ liệu');
ws.addRow(COLUMNS.awards.map((c) => c.header)).commit();
for (let i = 0; i < 50000; i++) ws.addRow(['001085' + String(i).padStart(6, '0'), null, 'LDTT', 'XA - Cấp xã', 'UBND xã', `${i}/QĐ`, '15/01/2020', 2019, null, null]).commit();
ws.commit(); await wb.commit();
const file = Buffer.concat(chunks);
for (let k = 0; k < 3; k++) {
let t = performance.now(); let n = 0;
for await (const r of readSheetRows(file, INTAKE_FILE_LIMITS)) n += r.cells.size;
console.log('bare', (performance.now() - t).toFixed(0));
t = performance.now();
const rows = await readIntakeRows('awards', file);
console.log('intake', (performance.now() - t).toFixed(0), rows.length);
}
