/** A picture in the media library. Credit is data wherever the picture shows. */
export interface MediaItem {
  id: number;
  /** Path of the file under /media/. */
  file: string;
  mime: string;
  width: number;
  height: number;
  /** File size in bytes. */
  bytes: number;
  alt: string;
  caption: string;
  /** As printed, e.g. "Ines Halloran/Northgate Wire". */
  credit: string;
  /** The agency or source, e.g. "Northgate Wire". */
  source: string;
  /** Longer notes about the picture (WordPress attachments carry one). */
  description: string;
  /** The uploaded file's name, for finding it again. */
  filename: string;
  /** Where an imported item came from, when its file is not on this site. */
  originalUrl: string | null;
  mayRedistribute: boolean;
}
