import path from 'node:path';

// Where media lives under the data folder:
//   media/<file>                      what readers get (media.file): demo pictures, uploads
//   media/originals/<yyyy>/<mm>/…     uploads as they arrived, with all their metadata; never served
//   media/renditions/<file>/<w>.<fmt> resized copies, made on first request, served by our route

export const ORIGINALS = 'originals';
export const RENDITIONS = 'renditions';

export const mediaRoot = (dataDir: string): string => path.join(dataDir, 'media');

/**
 * The absolute path of a stored relative path under the media folder, or null when it would
 * land outside it (a stored path is ours, but a bad row must not become a read anywhere).
 */
export function underMedia(dataDir: string, relative: string): string | null {
  const root = path.resolve(mediaRoot(dataDir));
  const full = path.resolve(root, relative);
  return full.startsWith(root + path.sep) ? full : null;
}

/**
 * Parts of the media folder the static file route must not serve: kept originals (they carry
 * GPS positions and camera serial numbers), the rendition cache (served by its own route, with
 * its own headers) and anything hidden.
 */
export function isPrivateMediaPath(urlPath: string): boolean {
  const parts = urlPath.split(/[/\\]+/).filter(Boolean);
  const top = (parts[0] ?? '').toLowerCase();
  return top === ORIGINALS || top === RENDITIONS || parts.some((p) => p.startsWith('.'));
}
