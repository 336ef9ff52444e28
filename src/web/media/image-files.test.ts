import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { inspectImage, publishedCopy } from './image-files.ts';

const solid = (channels: 3 | 4) =>
  sharp({
    create: { width: 60, height: 40, channels, background: { r: 200, g: 80, b: 20, alpha: 0.5 } },
  });

/** CRC-32 as PNG chunks use it (Node 20 has no zlib.crc32). */
function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let i = 0; i < 8; i++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A PNG chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A tiny PNG file claiming a huge picture: what a decompression bomb looks like to a reader. */
function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('TIFF is published as JPEG, or PNG when transparent; AVIF stays AVIF', async () => {
  for (const [input, mime] of [
    [await solid(3).tiff().toBuffer(), 'image/jpeg'],
    [await solid(4).png().toBuffer(), 'image/png'],
    [await solid(3).avif().toBuffer(), 'image/avif'],
    [await solid(3).gif().toBuffer(), 'image/gif'],
  ] as const) {
    const inspected = await inspectImage(input);
    assert.ok(inspected.ok, mime);
    const copy = await publishedCopy(input, inspected);
    assert.ok(copy.ok);
    assert.equal(copy.served.mime, mime);
    assert.deepEqual([copy.width, copy.height], [60, 40]);
  }
});

test('a header that promises too many pixels is refused before anything is decoded', async () => {
  const refused = await inspectImage(pngClaiming(20_000, 20_000));
  assert.equal(refused.ok, false);
  assert.equal(!refused.ok && refused.status, 413);
});

test('a picture cut short is refused when it is re-encoded', async () => {
  const whole = await solid(3).png().toBuffer();
  const inspected = await inspectImage(whole.subarray(0, 60));
  if (!inspected.ok) return assert.equal(inspected.status, 415);
  const copy = await publishedCopy(whole.subarray(0, 60), inspected);
  assert.equal(copy.ok, false);
  assert.equal(!copy.ok && copy.status, 415);
});
