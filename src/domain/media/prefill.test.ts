import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prefillFromMetadata, type PhotoMetadata } from './prefill.ts';

const meta = (m: Partial<PhotoMetadata>): PhotoMetadata => ({
  iptc: {},
  xmp: {},
  exif: {},
  ...m,
});

test('IPTC wins: caption, and credit as Name/Agency with the agency as source', () => {
  const prefill = prefillFromMetadata(
    meta({
      iptc: { caption: 'Cranes over the harbour.\r\n', credit: 'Ines Halloran', source: 'Wire' },
      xmp: { description: 'XMP caption', credit: 'XMP credit', source: 'XMP source' },
      exif: { imageDescription: 'EXIF caption', artist: 'EXIF artist' },
    }),
  );
  assert.deepEqual(prefill, {
    alt: '',
    caption: 'Cranes over the harbour.',
    credit: 'Ines Halloran/Wire',
    source: 'Wire',
  });
});

test('the by-line stands in for a missing IPTC credit', () => {
  const prefill = prefillFromMetadata(meta({ iptc: { byline: 'Tom Ruiz', source: 'Wire' } }));
  assert.equal(prefill.credit, 'Tom Ruiz/Wire');
});

test('a credit that already names the agency, or is the agency, is kept as written', () => {
  for (const credit of ['Ines Halloran/Northgate Wire', 'Northgate Wire', 'Pool/Reuters'])
    assert.equal(
      prefillFromMetadata(meta({ iptc: { credit, source: 'Northgate Wire' } })).credit,
      credit,
    );
});

test('XMP, then EXIF, when IPTC is silent', () => {
  assert.deepEqual(
    prefillFromMetadata(
      meta({ xmp: { description: 'Gulls', credit: 'Ada', source: 'Agency' }, exif: {} }),
    ),
    { alt: '', caption: 'Gulls', credit: 'Ada/Agency', source: 'Agency' },
  );
  assert.deepEqual(
    prefillFromMetadata(meta({ exif: { imageDescription: 'A quay', artist: 'Bo' } })),
    { alt: '', caption: 'A quay', credit: 'Bo', source: '' },
  );
});

test('what cameras write by themselves is not a caption; blank values are skipped', () => {
  for (const imageDescription of ['OLYMPUS DIGITAL CAMERA', 'SONY DSC', '   '])
    assert.equal(prefillFromMetadata(meta({ exif: { imageDescription } })).caption, '');
  assert.equal(
    prefillFromMetadata(meta({ iptc: { caption: ' ' }, xmp: { description: 'Real' } })).caption,
    'Real',
  );
});

test('nothing embedded, nothing prefilled; over-long values are cut to the field’s limit', () => {
  assert.deepEqual(prefillFromMetadata(meta({})), {
    alt: '',
    caption: '',
    credit: '',
    source: '',
  });
  assert.equal(prefillFromMetadata(meta({ iptc: { credit: 'x'.repeat(400) } })).credit.length, 250);
});
