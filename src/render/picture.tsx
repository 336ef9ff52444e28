import type { ImageView } from './view-models.ts';

/**
 * A picture as `<picture>`: AVIF and WebP sources, then the `<img>` with a JPEG/PNG `srcset` and
 * a plain `src` for browsers that know none of it. The browser picks the format it can show
 * and the width that fits `sizes`. A picture without resized copies (an import whose file is
 * elsewhere) is a plain `<img>`.
 *
 * `imgOnly` renders just the `<img>` (still with its `srcset`): for places where the
 * stylesheet lays out the `<img>` as a grid item, which a `<picture>` around it would break.
 */
export function Picture({
  image,
  className,
  sizes = image.sizes,
  loading,
  decoding,
  fetchpriority,
  imgOnly = false,
}: {
  image: ImageView;
  className?: string;
  /** Overrides the view model's default `sizes` where the template knows its layout. */
  sizes?: string;
  loading?: 'lazy' | 'eager';
  decoding?: 'async' | 'sync' | 'auto';
  fetchpriority?: 'high' | 'low' | 'auto';
  imgOnly?: boolean;
}) {
  // `sizes` means nothing without a `srcset` of widths, and html-validate says so.
  const responsive = image.srcset ? sizes : undefined;
  const img = (
    <img
      class={className}
      src={image.src}
      srcset={image.srcset}
      sizes={responsive}
      alt={image.alt}
      width={image.width}
      height={image.height}
      loading={loading}
      decoding={decoding}
      fetchpriority={fetchpriority}
    />
  );
  if (imgOnly || !image.sources?.length) return img;
  return (
    <picture>
      {image.sources.map((s) => (
        <source type={s.type} srcset={s.srcset} sizes={responsive} />
      ))}
      {img}
    </picture>
  );
}
