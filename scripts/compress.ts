// Writes a Brotli (.br) and a gzip (.gz) copy beside every compressible built file, for
// src/server/compressed-static.ts to send. Run after the build (and after build-sw, so
// the worker is compressed too). Usage: tsx scripts/compress.ts [client folder]
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { COMPRESSIBLE } from '../src/server/compressed-static.ts';

const client = resolve(process.argv[2] ?? 'dist/client');
let count = 0;
let raw = 0;
let br = 0;
for (const entry of readdirSync(client, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !(extname(entry.name) in COMPRESSIBLE)) continue;
  const file = join(entry.parentPath, entry.name);
  const bytes = readFileSync(file);
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  writeFileSync(`${file}.br`, brotli);
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  count++;
  raw += bytes.length;
  br += brotli.length;
}
console.log(`compress: ${count} files, ${raw} B → ${br} B Brotli (${((100 * br) / raw).toFixed(1)} %)`);
