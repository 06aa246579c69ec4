// Renders scripts/icon.svg to the PNG sizes the manifests use (public/icon/<size>.png, found by WXT).
// Run after editing the SVG: node --experimental-strip-types scripts/render-icons.ts
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'scripts/icon.svg'), 'utf8');
const out = resolve(root, 'public/icon');
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewport({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: `${out}/${size}.png`, omitBackground: true });
}
await browser.close();
