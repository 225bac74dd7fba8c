// The Marketplace listing graphics: the committed PNGs and a fresh export from the SVG sources have exactly the sizes the Store Listing page asks for.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { exportListingImages, LISTING_IMAGES } from '../../scripts/listing-assets';

/** A PNG's width and height, from its IHDR chunk (bytes 16-23), after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const expected = LISTING_IMAGES.map(({ file, width, height }) => ({ file, width, height }));

describe('listing graphics', () => {
  jest.setTimeout(60_000);

  it('covers the icon sizes 32, 48, 96 and 128 and the 220 × 140 banner', () => {
    expect(expected.map(({ width, height }) => `${width}x${height}`)).toEqual(['32x32', '48x48', '96x96', '128x128', '220x140']);
  });

  it('are committed in docs/listing/png at those sizes', () => {
    const folder = join(__dirname, '..', '..', 'docs', 'listing', 'png');
    expect(expected.map(({ file }) => ({ file, ...pngSize(join(folder, file)) }))).toEqual(expected);
  });

  it('export from the SVG sources at those sizes', async () => {
    const files = await exportListingImages(mkdtempSync(join(tmpdir(), 'rapport-listing-')));
    expect(files.map((file) => ({ file: basename(file), ...pngSize(file) }))).toEqual(expected);
  });
});
