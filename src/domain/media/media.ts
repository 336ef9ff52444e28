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
  mayRedistribute: boolean;
}
