// Renders the app icons (public/icons/*.png) from the neutral public/icon.svg with
// Debian's Chromium, the same browser the tests use. Run after changing icon.svg:
//   tsx scripts/build-icons.ts
// The PNGs are committed: the build never depends on a browser.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';

const svg = readFileSync('public/icon.svg', 'utf8');
const background = /<rect[^>]*fill="([^"]+)"/.exec(svg)?.[1];
if (!background) throw new Error('public/icon.svg needs a <rect fill="…"> background for the maskable icon');

// A maskable icon may be cropped to a circle of 80% of its width: the whole drawing is
// shrunk into that safe zone over a full-bleed background of the same colour.
const maskable = svg
  .replace(/<svg([^>]*)>/, `<svg$1><rect width="64" height="64" fill="${background}"/><g transform="translate(6.4 6.4) scale(0.8)">`)
  .replace(/<\/svg>\s*$/, '</g></svg>');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage({ deviceScaleFactor: 1 });
mkdirSync('public/icons', { recursive: true });
for (const [name, source] of [['icon', svg], ['icon-maskable', maskable]] as const) {
  for (const size of [192, 512]) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
    await page.setContent(`<body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: `public/icons/${name}-${size}.png`, omitBackground: true });
    console.log(`public/icons/${name}-${size}.png`);
  }
}
await browser.close();
