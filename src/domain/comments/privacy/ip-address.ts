// Cutting a commenter's IP address down to its network, as Isso does: what is left still tells a
// moderator roughly where a run of comments came from, but no longer points at one household.
// Written here rather than with node:net so the domain stays free of Node's networking module and
// the rules (mapped addresses, zones, what counts as malformed) are ours and tested.

/** IPv4 addresses keep their first 24 bits: 192.168.0.1 becomes 192.168.0.0. */
export const IPV4_PREFIX_BITS = 24;
/** IPv6 addresses keep their first 48 bits: 2001:db8:85a3:8d3::1 becomes 2001:db8:85a3::. */
export const IPV6_PREFIX_BITS = 48;

/** Four octets, or null when `text` is not a dotted-quad IPv4 address. */
export function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const octets: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    octets.push(value);
  }
  return octets;
}

/** Eight 16-bit groups, or null when `text` is not an IPv6 address (compressed or not). */
export function parseIpv6(text: string): number[] | null {
  if (text === '' || /[^0-9a-f:.]/i.test(text)) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const compressed = halves.length === 2;
  const side = (part: string): number[] | null => {
    if (part === '') return [];
    const groups: number[] = [];
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      // An embedded IPv4 address (::ffff:192.0.2.1, 64:ff9b::198.51.100.7) is the last 32 bits.
      if (piece.includes('.')) {
        if (i !== pieces.length - 1) return null;
        const v4 = parseIpv4(piece);
        if (!v4) return null;
        groups.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
        continue;
      }
      if (!/^[0-9a-f]{1,4}$/i.test(piece)) return null;
      groups.push(parseInt(piece, 16));
    }
    return groups;
  };
  const head = side(halves[0]!);
  const tail = compressed ? side(halves[1]!) : [];
  if (!head || !tail) return null;
  // The embedded IPv4 form may only end the address.
  if (compressed && halves[0]!.includes('.')) return null;
  const given = head.length + tail.length;
  if (compressed ? given > 7 : given !== 8) return null;
  return [...head, ...new Array<number>(8 - given).fill(0), ...tail];
}

const isIpv4Mapped = (groups: number[]): boolean =>
  groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;

/** RFC 5952 text: lower-case, no leading zeros, the longest run of two or more zero groups as `::`. */
export function formatIpv6(groups: number[]): string {
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < groups.length;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestLength < 2) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

const keepBits = (groups: number[], bits: number, groupBits: number): number[] =>
  groups.map((g, i) => {
    const start = i * groupBits;
    if (start + groupBits <= bits) return g;
    if (start >= bits) return 0;
    const keep = bits - start;
    return g & (((1 << keep) - 1) << (groupBits - keep));
  });

/**
 * The address cut to its network: /24 for IPv4, /48 for IPv6. An IPv4-mapped IPv6 address
 * (`::ffff:192.0.2.1`, what a dual-stack server reports for IPv4 clients) is cut as the IPv4
 * address it is and keeps its mapped form. A zone (`fe80::1%eth0`) and brackets are dropped.
 * Anything that is not an address comes back as '' — a value we cannot cut is not kept whole.
 * Cutting an address already cut changes nothing.
 */
export function truncateIp(input: string): string {
  let text = input.trim();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  const zone = text.indexOf('%');
  if (zone !== -1) text = text.slice(0, zone);
  const v4 = parseIpv4(text);
  if (v4) return keepBits(v4, IPV4_PREFIX_BITS, 8).join('.');
  const v6 = parseIpv6(text);
  if (!v6) return '';
  if (isIpv4Mapped(v6)) {
    const mapped = [v6[6]! >> 8, v6[6]! & 0xff, v6[7]! >> 8, v6[7]! & 0xff];
    return `::ffff:${keepBits(mapped, IPV4_PREFIX_BITS, 8).join('.')}`;
  }
  return formatIpv6(keepBits(v6, IPV6_PREFIX_BITS, 16));
}
