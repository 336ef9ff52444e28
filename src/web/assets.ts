import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import sharp from 'sharp';

// Stylesheet, icon and the small enhancement scripts, each served under a name that carries a
// hash of its content, so browsers may cache them for a year and still see every change.

export interface Asset {
  body: Buffer;
  type: string;
}

export interface Assets {
  stylesheet: string;
  icon: string;
  /** The icon as a PNG, for publishers' logos in structured data and feeds. */
  logo: { url: string; width: number; height: number };
  commentScript: string;
  /** The admin's article editor (an island) and the admin's own styles. */
  editorScript: string;
  /** The moderation desk's keyboard island. */
  deskScript: string;
  adminStylesheet: string;
  files: ReadonlyMap<string, Asset>;
}

const root = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

const hashed = (name: string, ext: string, body: Buffer) =>
  `/assets/${name}.${createHash('sha256').update(body).digest('hex').slice(0, 12)}.${ext}`;

async function bundle(entry: string): Promise<Buffer> {
  const result = await build({
    entryPoints: [root(entry)],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
  });
  return Buffer.from(result.outputFiles[0]!.contents);
}

async function loadAssets(): Promise<Assets> {
  const [css, adminCss, icon, script, editor, desk] = await Promise.all([
    readFile(root('public/site.css')),
    readFile(root('public/admin.css')),
    readFile(root('public/icon.svg')),
    bundle('src/web/site/client/comment-form.ts'),
    bundle('src/web/admin/client/article-editor.ts'),
    bundle('src/web/admin/client/desk.ts'),
  ]);
  const logo = await sharp(icon, { density: 576 }).resize(512, 512).png().toBuffer();
  const entries: [string, Asset][] = [
    [hashed('site', 'css', css), { body: css, type: 'text/css; charset=utf-8' }],
    [hashed('icon', 'svg', icon), { body: icon, type: 'image/svg+xml' }],
    [hashed('logo', 'png', logo), { body: logo, type: 'image/png' }],
    [
      hashed('comment-form', 'js', script),
      { body: script, type: 'text/javascript; charset=utf-8' },
    ],
    [
      hashed('article-editor', 'js', editor),
      { body: editor, type: 'text/javascript; charset=utf-8' },
    ],
    [hashed('admin', 'css', adminCss), { body: adminCss, type: 'text/css; charset=utf-8' }],
    [hashed('desk', 'js', desk), { body: desk, type: 'text/javascript; charset=utf-8' }],
  ];
  const [stylesheet, iconUrl, logoUrl, commentScript, editorScript, adminStylesheet, deskScript] =
    entries.map(([url]) => url) as [string, string, string, string, string, string, string];
  return {
    stylesheet,
    icon: iconUrl,
    logo: { url: logoUrl, width: 512, height: 512 },
    commentScript,
    editorScript,
    deskScript,
    adminStylesheet,
    files: new Map(entries),
  };
}

let loading: Promise<Assets> | undefined;
/** Built once per process. */
export const getAssets = (): Promise<Assets> => (loading ??= loadAssets());
