/**
 * JSON for a `<script type="application/ld+json">`. `<`, `>` and `&` are written as \\u escapes,
 * so a headline holding `</script>` cannot end the script early; U+2028/2029 likewise, for old
 * parsers that take them for line ends.
 */
export const jsonForScript = (data: unknown): string =>
  JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
