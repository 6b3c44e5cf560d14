// Writes a Brotli (.br) and a gzip (.gz) copy beside every compressible built file, for
// src/server/compressed-static.ts to send. Run after the build (and after build-sw, so
// the worker is compressed too). Usage: tsx scripts/compress.ts [client folder]
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { COMPRESSIBLE } from '../src/server/compressed-static.ts';

const client = resolve(process.argv[2] ?? 'dist/client');
// Pages grow with the directory (3,000 service pages × 9 languages, and region and need
// pages that list hundreds of services): Brotli's quality 7 takes 0.6 ms for a service page
// against 19 ms at quality 11, for about 9 % more bytes, and so keeps the build within its
// time budget. Scripts, styles and small data, fetched by every visitor, get quality 11.
const quality = (file: string, size: number) => (file.endsWith('.html') || size > 200_000 ? 7 : 11);
// Service pages themselves are not compressed here: 54,000 copies of 27,000 near-identical
// pages cost the build more than compressing each as it is sent (src/server/compressed-static.ts).
const SERVICE_PAGE = /(^|[\\/])services[\\/][0-9a-z]{8}[\\/]index\.html$/;
let count = 0;
let raw = 0;
let br = 0;
for (const entry of readdirSync(client, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !(extname(entry.name) in COMPRESSIBLE)) continue;
  const file = join(entry.parentPath, entry.name);
  if (SERVICE_PAGE.test(file)) continue;
  const bytes = readFileSync(file);
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality(file, bytes.length), [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  writeFileSync(`${file}.br`, brotli);
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  count++;
  raw += bytes.length;
  br += brotli.length;
}
console.log(`compress: ${count} files, ${raw} B → ${br} B Brotli (${((100 * br) / raw).toFixed(1)} %)`);
