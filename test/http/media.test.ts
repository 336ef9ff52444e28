// The media library: uploads checked by content and stripped of private metadata, caption and
// credit prefilled from IPTC/XMP/EXIF, CSRF and capability on uploads, search, the picker's JSON,
// resized copies made once and cached, and the <picture> readers get.
import assert from 'node:assert/strict';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import exifr from 'exifr';
import sharp from 'sharp';
import { doc, image, p } from '../../src/domain/articles/document.ts';
import { missingAltText } from '../../src/domain/media/alt-text.ts';
import { hashPassword } from '../../src/domain/people/passwords.ts';
import type { Role } from '../../src/domain/people/roles.ts';
import { renditionStats } from '../../src/web/media/renditions.ts';
import { DATABASES, skipUnless } from '../helpers/databases.ts';
import { htmlProblems } from '../helpers/html.ts';
import { createTestSite, form, FORM, type TestSite } from '../helpers/site.ts';

const PASSWORD = 'a harbour at low tide';

/** A JPEG as a camera and a picture desk leave it: GPS, serial number, caption and credit. */
async function cameraJpeg(): Promise<Buffer> {
  const xmp =
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>' +
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">' +
    '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Cranes over the north quay at dusk.</rdf:li></rdf:Alt></dc:description>' +
    '<photoshop:Credit>Ines Halloran</photoshop:Credit><photoshop:Source>Harbour Wire</photoshop:Source>' +
    '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3a6b8c' } })
    .jpeg({ quality: 80 })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { ImageDescription: 'OLYMPUS DIGITAL CAMERA', Artist: 'Camera Owner' },
      IFD2: { BodySerialNumber: 'SN-20481632' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 30/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '0/1 7/1 0/1',
      },
    })
    .withXmp(xmp)
    .toBuffer();
}

/** An IPTC-IIM block in a Photoshop APP13 segment, as agencies send it (UTF-8, said in 1:90). */
function app13(records: [tag: number, value: string][]): Buffer {
  const dataSet = (record: number, tag: number, value: Buffer) => {
    const head = Buffer.from([0x1c, record, tag, 0, 0]);
    head.writeUInt16BE(value.length, 3);
    return Buffer.concat([head, value]);
  };
  const iim = Buffer.concat([
    dataSet(1, 90, Buffer.from([0x1b, 0x25, 0x47])), // ESC % G: UTF-8
    ...records.map(([tag, value]) => dataSet(2, tag, Buffer.from(value, 'utf8'))),
  ]);
  // 8BIM resource 0x0404, an empty (padded) name, the length, the data padded to even.
  const resource = Buffer.alloc(12);
  resource.write('8BIM', 0, 'latin1');
  resource.writeUInt16BE(0x0404, 4);
  resource.writeUInt32BE(iim.length, 8);
  const payload = Buffer.concat([
    Buffer.from('Photoshop 3.0\0', 'latin1'),
    resource,
    iim,
    Buffer.alloc(iim.length % 2),
  ]);
  const marker = Buffer.from([0xff, 0xed, 0, 0]);
  marker.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([marker, payload]);
}

async function iptcJpeg(): Promise<Buffer> {
  const jpeg = await sharp({
    create: { width: 640, height: 480, channels: 3, background: '#7a5c3e' },
  })
    .jpeg()
    .toBuffer();
  const segment = app13([
    [120, 'Grúas sobre el muelle norte.'],
    [110, 'Ines Halloran'],
    [115, 'Harbour Wire'],
  ]);
  // Right after the start-of-image marker.
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

/** Every file under a folder, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

type Part = string | { data: Buffer; filename: string; type: string };

/** A multipart body as a browser sends it, made by the platform's own FormData. */
async function multipart(parts: [string, Part][]) {
  const data = new FormData();
  for (const [name, value] of parts)
    if (typeof value === 'string') data.append(name, value);
    else
      data.append(
        name,
        new Blob([new Uint8Array(value.data)], { type: value.type }),
        value.filename,
      );
  const response = new Response(data);
  return {
    body: Buffer.from(await response.arrayBuffer()),
    type: response.headers.get('content-type')!,
  };
}

let site: TestSite;
for (const kind of DATABASES) {
  describe(`on ${kind}`, { skip: await skipUnless(kind) }, () => {
    let owner: Awaited<ReturnType<typeof signedIn>>;
    let camera: Buffer;
    let cameraId: number;

    async function signedIn(role: Role, slug: string) {
      const email = `${slug}@newsroom.example.test`;
      await site.stores.people.create({
        slug,
        name: `${slug} person`,
        email,
        role,
        passwordHash: await hashPassword(PASSWORD),
        now: site.clock.now,
      });
      let cookie = '';
      const signIn = await site.app.inject({
        method: 'POST',
        url: '/admin/sign-in',
        headers: FORM,
        payload: form({ email, password: PASSWORD }),
      });
      assert.equal(signIn.statusCode, 303, `${role} signs in`);
      cookie = signIn.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const page = await site.app.inject({
        url: role === 'moderator' ? '/admin/comments' : '/admin/media',
        headers: { cookie },
      });
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
      assert.ok(csrf, 'the page carries a CSRF token');
      return {
        cookie,
        csrf,
        get: (url: string, headers: Record<string, string> = {}) =>
          site.app.inject({ url, headers: { cookie, ...headers } }),
        post: (url: string, fields: Record<string, string>) =>
          site.app.inject({
            method: 'POST',
            url,
            headers: { ...FORM, cookie },
            payload: form(fields),
          }),
        async upload(
          file: { data: Buffer; filename: string; type: string } | null,
          options: { csrf?: string | null; accept?: string } = {},
        ) {
          const token = options.csrf === undefined ? csrf : options.csrf;
          const parts: [string, Part][] = [];
          if (token !== null) parts.push(['_csrf', token]);
          if (file) parts.push(['file', file]);
          const body = await multipart(parts);
          return site.app.inject({
            method: 'POST',
            url: '/admin/media',
            headers: {
              cookie,
              'content-type': body.type,
              ...(options.accept ? { accept: options.accept } : {}),
            },
            payload: body.body,
          });
        },
      };
    }

    const mediaDir = () => path.join(site.dataDir, 'media');
    const uploadedId = (location: string | undefined) => {
      const id = Number(/^\/admin\/media\/(\d+)\?uploaded=1$/.exec(location ?? '')?.[1]);
      assert.ok(id > 0, `redirected to the new item, got ${location}`);
      return id;
    };

    before(async () => {
      site = await createTestSite({ database: kind });
      owner = await signedIn('owner', 'olive');
      camera = await cameraJpeg();
    });
    after(() => site.close());

    test('an upload keeps the original, publishes an upright copy with no metadata, and prefills caption and credit', async () => {
      const res = await owner.upload({
        data: camera,
        filename: 'C:\\fakepath\\North Quay Cranes.JPG',
        type: 'image/jpeg',
      });
      assert.equal(res.statusCode, 303);
      cameraId = uploadedId(res.headers.location);

      const item = (await site.stores.media.find(cameraId))!;
      assert.equal(item.filename, 'North Quay Cranes.JPG');
      assert.equal(item.mime, 'image/jpeg');
      assert.deepEqual([item.width, item.height], [800, 1200], 'turned upright (EXIF orientation)');
      assert.equal(item.alt, '', 'alt text is for a person to write');
      assert.equal(item.caption, 'Cranes over the north quay at dusk.');
      assert.equal(item.credit, 'Ines Halloran/Harbour Wire');
      assert.equal(item.source, 'Harbour Wire');
      assert.equal(item.uploadedBy?.name, 'olive person');
      assert.match(item.file, /^2026\/11\/north-quay-cranes-[0-9a-f]{10}\.jpg$/);
      assert.match(
        item.original ?? '',
        /^originals\/2026\/11\/north-quay-cranes-[0-9a-f]{10}\.jpg$/,
      );

      const served = await site.app.inject({ url: `/media/${item.file}` });
      assert.equal(served.statusCode, 200);
      assert.equal(item.bytes, served.rawPayload.length);
      const meta = await sharp(served.rawPayload).metadata();
      assert.equal(meta.exif, undefined, 'no EXIF');
      assert.equal(meta.xmp, undefined, 'no XMP');
      assert.equal(meta.iptc, undefined, 'no IPTC');
      assert.equal(await exifr.gps(served.rawPayload), undefined, 'no GPS position');
      assert.doesNotMatch(served.rawPayload.toString('latin1'), /SN-20481632|Camera Owner/);

      const original = path.join(mediaDir(), item.original!);
      assert.equal((await exifr.gps(original))?.latitude, 51.5, 'the original keeps everything');
      const hidden = await site.app.inject({ url: `/media/${item.original}` });
      assert.equal(hidden.statusCode, 404, 'originals are never served');
      const rest = item.original!.replace(/^originals\//, '');
      for (const url of [
        '/media/originals/',
        `/media/%6Friginals/${rest}`,
        `/media/ORIGINALS/${rest}`,
        `/media//originals/${rest}`,
        `/media/2026/../originals/${rest}`,
        `/media/2026/%2e%2e/originals/${rest}`,
        `/media/..%2foriginals/${rest}`,
      ]) {
        const attempt = await site.app.inject({ url });
        assert.ok([403, 404].includes(attempt.statusCode), `${url}: ${attempt.statusCode}`);
      }

      const page = await owner.get(res.headers.location!);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Cranes over the north quay at dusk\./);
      assert.match(page.body, /Needs alt text/);
      assert.deepEqual(await htmlProblems(page.body), []);
    });

    test('caption, credit and source come from IPTC, written in UTF-8', async () => {
      const res = await owner.upload({
        data: await iptcJpeg(),
        filename: 'gruas.jpg',
        type: 'image/jpeg',
      });
      const item = (await site.stores.media.find(uploadedId(res.headers.location)))!;
      assert.equal(item.caption, 'Grúas sobre el muelle norte.');
      assert.equal(item.credit, 'Ines Halloran/Harbour Wire');
      assert.equal(item.source, 'Harbour Wire');
    });

    test('files that are not pictures we take are refused, and leave nothing behind', async () => {
      const before = await filesUnder(mediaDir());
      const { total } = await site.stores.media.list({ terms: [], limit: 1, offset: 0 });

      const text = await owner.upload({
        data: Buffer.from('MZ this is not a picture at all'),
        filename: 'holiday.jpg',
        type: 'image/jpeg',
      });
      assert.equal(text.statusCode, 415);
      assert.match(text.body, /not a picture/);

      const svg = await owner.upload(
        {
          data: Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
          ),
          filename: 'logo.png',
          type: 'image/png',
        },
        { accept: 'application/json' },
      );
      assert.equal(svg.statusCode, 415);
      assert.match(svg.json().error.message, /SVG files are not accepted/);

      const huge = await owner.upload({
        data: Buffer.alloc(20 * 1024 * 1024 + 1, 0xff),
        filename: 'huge.jpg',
        type: 'image/jpeg',
      });
      assert.equal(huge.statusCode, 413);
      assert.match(huge.body, /larger than 20 MB/);

      const none = await owner.upload(null);
      assert.equal(none.statusCode, 400);

      const small = await sharp({
        create: { width: 8, height: 8, channels: 3, background: '#000' },
      })
        .jpeg()
        .toBuffer();
      const picture = { data: small, filename: 'a.jpg', type: 'image/jpeg' };
      const two = await multipart([
        ['_csrf', owner.csrf],
        ['file', picture],
        ['file', picture],
      ]);
      const twoFiles = await site.app.inject({
        method: 'POST',
        url: '/admin/media',
        headers: { cookie: owner.cookie, 'content-type': two.type },
        payload: two.body,
      });
      assert.equal(twoFiles.statusCode, 413);
      assert.match(twoFiles.body, /one picture at a time/);

      const notMultipart = await owner.post('/admin/media', { _csrf: owner.csrf, file: 'x' });
      assert.equal(notMultipart.statusCode, 415);

      assert.deepEqual(await filesUnder(mediaDir()), before, 'no file written');
      const after = await site.stores.media.list({ terms: [], limit: 1, offset: 0 });
      assert.equal(after.total, total, 'no media row');
    });

    test('uploads need the CSRF token, the upload capability and a session', async () => {
      const file = { data: camera, filename: 'cranes.jpg', type: 'image/jpeg' };
      const before = await filesUnder(mediaDir());
      assert.equal((await owner.upload(file, { csrf: null })).statusCode, 403, 'no token');
      assert.equal((await owner.upload(file, { csrf: 'forged' })).statusCode, 403, 'wrong token');

      const moderator = await signedIn('moderator', 'mo');
      assert.equal((await moderator.upload(file)).statusCode, 403, 'moderators cannot upload');
      assert.equal((await moderator.get('/admin/media')).statusCode, 403);
      assert.equal((await moderator.get('/admin/media.json')).statusCode, 403);

      const signedOut = await site.app.inject({ url: '/admin/media' });
      assert.equal(signedOut.statusCode, 303);
      assert.equal(signedOut.headers.location, '/admin/sign-in?next=%2Fadmin%2Fmedia');
      const body = await multipart([['file', file]]);
      const post = await site.app.inject({
        method: 'POST',
        url: '/admin/media',
        headers: { 'content-type': body.type },
        payload: body.body,
      });
      assert.equal(post.statusCode, 401);
      assert.deepEqual(await filesUnder(mediaDir()), before);

      // The token may come as a header instead (the article editor's uploads).
      const withHeader = await site.app.inject({
        method: 'POST',
        url: '/admin/media',
        headers: {
          cookie: owner.cookie,
          'content-type': body.type,
          'x-csrf-token': owner.csrf,
          accept: 'application/json',
        },
        payload: body.body,
      });
      assert.equal(withHeader.statusCode, 201);
      assert.deepEqual(Object.keys(withHeader.json().item).sort(), [
        'alt',
        'caption',
        'credit',
        'height',
        'id',
        'source',
        'thumb',
        'width',
      ]);
    });

    test('resized copies: right size and type, made once, cached, immutable; others 404', async () => {
      const item = (await site.stores.media.find(cameraId))!;
      const get = (name: string) => site.app.inject({ url: `/media/r/${cameraId}/${name}` });
      for (const [name, type, format] of [
        ['320.avif', 'image/avif', 'heif'],
        ['640.webp', 'image/webp', 'webp'],
        ['800.jpg', 'image/jpeg', 'jpeg'],
      ] as const) {
        const res = await get(name);
        assert.equal(res.statusCode, 200, name);
        assert.equal(res.headers['content-type'], type);
        assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
        const meta = await sharp(res.rawPayload).metadata();
        assert.equal(meta.format, format);
        assert.equal(meta.width, Number(name.split('.')[0]));
        assert.equal(meta.exif, undefined, `${name} has no EXIF`);
        assert.equal(await exifr.gps(res.rawPayload).catch(() => undefined), undefined);
      }

      const cached = path.join(mediaDir(), 'renditions', item.file, '320.avif');
      const first = await stat(cached);
      const encodes = renditionStats.encodes;
      assert.equal((await get('320.avif')).statusCode, 200);
      assert.equal(renditionStats.encodes, encodes, 'served from the cache');
      assert.equal((await stat(cached)).mtimeMs, first.mtimeMs, 'the file was not rewritten');

      const together = await Promise.all(Array.from({ length: 6 }, () => get('320.webp')));
      assert.ok(together.every((r) => r.statusCode === 200));
      assert.ok(together.every((r) => r.rawPayload.equals(together[0]!.rawPayload)));
      assert.equal(renditionStats.encodes, encodes + 1, 'six requests at once, one encode');
      const made = await filesUnder(path.join(mediaDir(), 'renditions', item.file));
      assert.deepEqual(made, ['320.avif', '320.webp', '640.webp', '800.jpg'], 'no temporary files');

      for (const url of [
        `/media/r/${cameraId}/500.webp`,
        `/media/r/${cameraId}/960.webp`, // wider than the picture
        `/media/r/${cameraId}/1280.webp`,
        `/media/r/${cameraId}/640.png`,
        `/media/r/${cameraId}/640.gif`,
        `/media/r/${cameraId}/640`,
        `/media/r/999999/640.webp`,
        `/media/r/abc/640.webp`,
        `/media/renditions/${item.file}/320.avif`,
      ])
        assert.equal((await site.app.inject({ url })).statusCode, 404, url);
    });

    test('a transparent PNG falls back to PNG, not JPEG', async () => {
      const png = await sharp({
        create: {
          width: 400,
          height: 300,
          channels: 4,
          background: { r: 0, g: 0, b: 0, alpha: 0 },
        },
      })
        .png()
        .toBuffer();
      const res = await owner.upload({ data: png, filename: 'logo.png', type: 'image/png' });
      const id = uploadedId(res.headers.location);
      const copy = await site.app.inject({ url: `/media/r/${id}/320.png` });
      assert.equal(copy.statusCode, 200);
      assert.equal((await sharp(copy.rawPayload).metadata()).hasAlpha, true);
      assert.equal((await site.app.inject({ url: `/media/r/${id}/320.jpg` })).statusCode, 404);
    });

    test('editing alt text, caption, credit, source and the flag; search and the picker JSON', async () => {
      const url = `/admin/media/${cameraId}`;
      const page = await owner.get(url);
      assert.deepEqual(await htmlProblems(page.body), []);
      const fields = {
        _csrf: owner.csrf,
        alt: 'Three dockside cranes against an orange sky',
        caption: 'The north quay’s cranes at dusk.',
        credit: 'Ines Halloran/Harbour Wire',
        source: 'Harbour Wire',
        description: 'Commissioned for the port series.',
        may_redistribute: '1',
      };
      const tooLong = await owner.post(url, { ...fields, credit: 'x'.repeat(251) });
      assert.equal(tooLong.statusCode, 400);
      assert.match(tooLong.body, /Use at most 250 characters/);
      assert.match(tooLong.body, /Three dockside cranes/, 'what was typed comes back');
      assert.deepEqual(await htmlProblems(tooLong.body), []);

      const saved = await owner.post(url, fields);
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, `${url}?saved=1`);
      const item = (await site.stores.media.find(cameraId))!;
      assert.equal(item.alt, fields.alt);
      assert.equal(item.caption, fields.caption);
      assert.equal(item.description, fields.description);
      assert.equal(item.mayRedistribute, true);
      const { may_redistribute: _, ...unticked } = fields;
      await owner.post(url, unticked);
      assert.equal((await site.stores.media.find(cameraId))!.mayRedistribute, false);
      assert.equal((await owner.post(url, { alt: 'no token' })).statusCode, 403);

      const list = await owner.get('/admin/media');
      assert.equal(list.statusCode, 200);
      assert.deepEqual(await htmlProblems(list.body), []);
      assert.match(list.body, /Needs alt text/, 'the IPTC upload still has none');
      assert.match(list.body, /<img src="\/media\/r\/\d+\/320\.webp" alt="Three dockside cranes/);

      const search = async (q: string) =>
        (await owner.get(`/admin/media.json?q=${encodeURIComponent(q)}`)).json() as {
          items: { id: number }[];
        };
      assert.deepEqual(
        (await search('QUAY’S cranes')).items.map((i) => i.id),
        [cameraId],
        'by caption, any case',
      );
      const byCredit = await search('halloran');
      assert.ok(byCredit.items.length >= 2, 'by credit');
      assert.ok(byCredit.items.some((i) => i.id === cameraId));
      assert.deepEqual((await search('gruas.JPG')).items.length, 1, 'by file name');
      assert.deepEqual((await search('100%_')).items, [], 'LIKE wildcards are plain text');
      assert.deepEqual((await search('cranes nowhere')).items, [], 'every word must match');

      const json = await owner.get('/admin/media.json?q=Dockside');
      assert.equal(json.headers['content-type'], 'application/json; charset=utf-8');
      assert.deepEqual(json.json(), {
        items: [
          {
            id: cameraId,
            thumb: `/media/r/${cameraId}/320.webp`,
            width: 800,
            height: 1200,
            alt: fields.alt,
            caption: fields.caption,
            credit: fields.credit,
            source: fields.source,
          },
        ],
      });

      const html = await owner.get('/admin/media?q=quay');
      assert.match(html.body, /2 pictures matching “quay”/, 'the camera picture, uploaded twice');
    });

    test('the library pages, newest first', async () => {
      for (let i = 0; i < 25; i++)
        await site.stores.media.create(
          {
            file: `bulk/${kind}-${i}.jpg`,
            mime: 'image/jpeg',
            width: 100,
            height: 100,
            bytes: 1000,
            alt: `Bulk ${i}`,
            caption: '',
            credit: '',
            source: '',
            mayRedistribute: false,
          },
          new Date(site.clock.now.getTime() + (i + 1) * 1000),
        );
      const first = (await owner.get('/admin/media.json')).json().items as { alt: string }[];
      assert.equal(first.length, 24);
      assert.equal(first[0]!.alt, 'Bulk 24');
      const second = (await owner.get('/admin/media.json?page=2')).json().items as unknown[];
      assert.ok(second.length > 0);
      const page2 = await owner.get('/admin/media?page=2');
      assert.equal(page2.statusCode, 200);
      assert.match(page2.body, /rel="prev"/);
      assert.equal((await owner.get('/admin/media?page=99')).statusCode, 404);
    });

    test('the article page shows a <picture> with AVIF and WebP and a working src; imports keep their address', async () => {
      const item = (await site.stores.media.find(cameraId))!;
      const imported = await site.stores.media.create(
        {
          file: 'imported/old-ferry.jpg',
          originalUrl: 'https://old.example.org/wp-content/uploads/ferry.jpg',
          mime: 'image/jpeg',
          width: 1024,
          height: 683,
          bytes: 90_000,
          alt: 'The old ferry at its mooring',
          caption: 'The ferry, in 1998.',
          credit: 'Archive',
          source: '',
          mayRedistribute: false,
        },
        site.clock.now,
      );
      const section = (await site.stores.articles.findSection('world'))!.id;
      await site.stores.articles.create({
        sectionId: section,
        slug: 'cranes-at-dusk',
        status: 'published',
        headline: 'Cranes at dusk',
        standfirst: 'The north quay at the end of the day.',
        body: doc(p('The cranes stood still.'), image(imported), p('Then night fell.')),
        dateline: null,
        leadMediaId: cameraId,
        bylines: [{ personId: site.people.reporter }],
        tags: [],
        commentsOpen: false,
        publishedAt: site.clock.now,
        createdAt: site.clock.now,
        updatedAt: site.clock.now,
      });
      const res = await site.app.inject({ url: '/world/cranes-at-dusk' });
      assert.equal(res.statusCode, 200);
      const r = `/media/r/${cameraId}`;
      assert.ok(
        res.body.includes(
          `<figure class="lead-image"><picture><source type="image/avif" srcset="${r}/320.avif 320w, ${r}/640.avif 640w, ${r}/800.avif 800w" sizes="(min-width: 64rem) 64rem, 100vw"/><source type="image/webp" srcset="${r}/320.webp 320w, ${r}/640.webp 640w, ${r}/800.webp 800w" sizes="(min-width: 64rem) 64rem, 100vw"/><img src="/media/${item.file}" srcset="${r}/320.jpg 320w, ${r}/640.jpg 640w, ${r}/800.jpg 800w" sizes="(min-width: 64rem) 64rem, 100vw" alt="Three dockside cranes against an orange sky" width="800" height="1200" decoding="async" fetchpriority="high"/></picture>`,
        ),
        'the lead picture',
      );
      assert.match(
        res.body,
        /<figure class="body-image"><img src="https:\/\/old\.example\.org\/wp-content\/uploads\/ferry\.jpg" alt="The old ferry at its mooring" width="1024" height="683" loading="lazy" decoding="async"\/>/,
        'an import whose file stayed on the old site: its address, no srcset',
      );
      assert.deepEqual(await htmlProblems(res.body), []);
      assert.equal((await site.app.inject({ url: `/media/${item.file}` })).statusCode, 200);
      for (const candidate of res.body.matchAll(/\/media\/r\/\d+\/\d+\.\w+/g))
        assert.equal((await site.app.inject({ url: candidate[0] })).statusCode, 200, candidate[0]);

      const front = await site.app.inject({ url: '/' });
      assert.match(
        front.body,
        new RegExp(
          `<img class="story-image" src="/media/${item.file}" srcset="${r}/320\\.jpg 320w`,
        ),
      );
    });

    test('publishing is blocked by pictures without alt text, named one by one', async () => {
      const noAlt = (await site.stores.media.list({ terms: ['gruas'], limit: 1, offset: 0 }))
        .items[0]!;
      const problems = await missingAltText([cameraId, noAlt.id], (ids) =>
        site.stores.articles.findMedia(ids),
      );
      assert.deepEqual(
        problems.map((p) => p.mediaId),
        [noAlt.id],
      );
      assert.match(problems[0]!.message, /“gruas\.jpg” has no alt text/);
    });
  });
}
