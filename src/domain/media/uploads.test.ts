import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayFilename, servedFormat, storedStem, uploadFormat } from './uploads.ts';

test('the decoder’s format decides; SVG, HEIC and unknowns are refused', () => {
  assert.equal(uploadFormat({ format: 'jpeg' }), 'jpeg');
  assert.equal(uploadFormat({ format: 'heif', compression: 'av1' }), 'avif');
  assert.equal(uploadFormat({ format: 'heif', compression: 'hevc' }), null);
  assert.equal(uploadFormat({ format: 'svg' }), null);
  assert.equal(uploadFormat({ format: 'pdf' }), null);
  assert.equal(uploadFormat({}), null);
});

test('TIFF is published as JPEG, or PNG when it has transparency; others keep their format', () => {
  assert.equal(servedFormat('tiff', false).mime, 'image/jpeg');
  assert.equal(servedFormat('tiff', true).mime, 'image/png');
  assert.equal(servedFormat('webp', true).ext, 'webp');
});

test('file names: shown as sent (last part only), stored as a safe slug', () => {
  assert.equal(displayFilename('C:\\fakepath\\Harbour Cranes.JPG'), 'Harbour Cranes.JPG');
  assert.equal(displayFilename('../../etc/passwd'), 'passwd');
  assert.equal(displayFilename(undefined), '');
  assert.equal(storedStem('Harbour Cranes (2).JPG', 'ab12'), 'harbour-cranes-2-ab12');
  assert.equal(storedStem('../../.htaccess', 'ab12'), 'htaccess-ab12');
  assert.equal(storedStem('伊豆.png', 'ab12'), 'picture-ab12');
});
