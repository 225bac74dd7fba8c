// Exports the Marketplace listing's graphics (npm run listing-assets): docs/listing/icon.svg at 32, 48, 96 and 128 px and banner.svg at 220 × 140 as PNGs rendered by Chromium, and with --screenshots draft 1280 × 800 screenshots of the demo class.
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkspace } from '../src/local/demo/workspace';
import { startLocalServer } from '../src/local/web/server';
import { launchChromium } from '../test/helpers/browser';
import { BENCH_NOW } from './bench/class';

const LISTING = join(__dirname, '..', 'docs', 'listing');

/** What the Marketplace SDK's Store Listing page asks for (docs/PUBLISHING.md, "Graphic assets"). */
export const LISTING_IMAGES = [
  ...[32, 48, 96, 128].map((size) => ({ source: 'icon.svg', file: `icon-${size}.png`, width: size, height: size })),
  { source: 'banner.svg', file: 'banner-220x140.png', width: 220, height: 140 },
];

/** Renders each image's SVG at its exact pixel size (transparent where the SVG draws nothing) into `folder`; returns the files written. */
export async function exportListingImages(folder: string): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const written: string[] = [];
    for (const image of LISTING_IMAGES) {
      await page.setViewportSize({ width: image.width, height: image.height });
      const svg = readFileSync(join(LISTING, image.source)).toString('base64');
      await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent"><img alt="" style="display:block" width="${image.width}" height="${image.height}" src="data:image/svg+xml;base64,${svg}"></body></html>`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const file = join(folder, image.file);
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: image.width, height: image.height } });
      written.push(file);
    }
    return written;
  } finally {
    await browser.close();
  }
}

/** The sidebar tabs shown in the draft screenshots, each beside the demo class's Students tab. */
const SCREENSHOT_TABS = ['Student', 'Class', 'Email'];

/**
 * Draft listing screenshots at 1280 × 800 (a size the Store Listing page takes): the local page
 * (npm start) with the demo class, one per sidebar tab. Real ones come from Sheets (docs/PUBLISHING.md).
 */
export async function exportDraftScreenshots(folder: string): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const { runtime } = createWorkspace({ now: BENCH_NOW, demo: true });
  const server = await startLocalServer({ runtime, port: 0 });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    const sidebar = page.frameLocator('iframe#sidebar');
    await sidebar.locator('#student-card-heading').waitFor();
    const written: string[] = [];
    for (const tab of SCREENSHOT_TABS) {
      await sidebar.getByRole('tab', { name: tab }).click();
      await page.waitForTimeout(1500);
      const file = join(folder, `screenshot-${tab.toLowerCase()}-1280x800.png`);
      await page.screenshot({ path: file });
      written.push(file);
    }
    return written;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(args: readonly string[]): Promise<string[]> {
  const folder = join(LISTING, 'png');
  const images = await exportListingImages(folder);
  return args.includes('--screenshots') ? [...images, ...(await exportDraftScreenshots(folder))] : images;
}

if (require.main === module) {
  main(process.argv.slice(2))
    .then((files) => files.forEach((file) => console.log(`wrote ${file}`)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
