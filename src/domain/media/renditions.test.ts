import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasRenditions, isRendition, renditionFormats, renditionWidths } from './renditions.ts';

const jpeg = { file: '2026/11/quay.jpg', mime: 'image/jpeg', width: 1000, originalUrl: null };

test('widths stop at the picture’s own width, which is offered too', () => {
  assert.deepEqual(renditionWidths(4000), [320, 640, 960, 1280, 1920]);
  assert.deepEqual(renditionWidths(1920), [320, 640, 960, 1280, 1920]);
  assert.deepEqual(renditionWidths(1000), [320, 640, 960, 1000]);
  assert.deepEqual(renditionWidths(640), [320, 640]);
  assert.deepEqual(renditionWidths(200), [200]);
});

test('AVIF and WebP for all; PNG falls back to PNG, everything else to JPEG', () => {
  assert.deepEqual(renditionFormats(jpeg), ['avif', 'webp', 'jpg']);
  assert.deepEqual(renditionFormats({ mime: 'image/png' }), ['avif', 'webp', 'png']);
});

test('only listed widths and formats are renditions; imports and GIFs have none', () => {
  assert.equal(isRendition(jpeg, 640, 'avif'), true);
  assert.equal(isRendition(jpeg, 1000, 'jpg'), true);
  assert.equal(isRendition(jpeg, 1280, 'webp'), false, 'wider than the picture');
  assert.equal(isRendition(jpeg, 500, 'webp'), false, 'not a listed width');
  assert.equal(isRendition(jpeg, 640, 'png'), false, 'not this picture’s fallback');
  assert.equal(hasRenditions({ ...jpeg, originalUrl: 'https://old.example/a.jpg' }), false);
  assert.equal(hasRenditions({ ...jpeg, mime: 'image/gif' }), false);
});
