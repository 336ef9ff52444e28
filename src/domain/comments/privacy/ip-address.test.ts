import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatIpv6, parseIpv6, truncateIp } from './ip-address.ts';

test('IPv4 addresses keep their /24', () => {
  assert.equal(truncateIp('192.168.0.1'), '192.168.0.0');
  assert.equal(truncateIp('203.0.113.255'), '203.0.113.0');
  assert.equal(truncateIp(' 10.1.2.3 '), '10.1.2.0');
  assert.equal(truncateIp('0.0.0.0'), '0.0.0.0');
  assert.equal(truncateIp('192.168.000.001'), '192.168.0.0', 'leading zeros read as decimal');
});

test('IPv6 addresses keep their /48, written compressed', () => {
  assert.equal(truncateIp('2001:0db8:85a3:08d3:1319:8a2e:0370:7348'), '2001:db8:85a3::');
  assert.equal(truncateIp('2001:db8:85a3::8a2e:370:7348'), '2001:db8:85a3::');
  assert.equal(truncateIp('2001:DB8::1'), '2001:db8::');
  assert.equal(truncateIp('2001:db8:0:1::1'), '2001:db8::');
  assert.equal(truncateIp('::1'), '::');
  assert.equal(truncateIp('::'), '::');
  assert.equal(truncateIp('fe80::1%eth0'), 'fe80::', 'the zone is dropped');
  assert.equal(truncateIp('[2001:db8:abcd:12::1]'), '2001:db8:abcd::');
  assert.equal(truncateIp('64:ff9b::198.51.100.7'), '64:ff9b::', 'NAT64 is plain IPv6');
});

test('IPv4-mapped IPv6 addresses are cut as IPv4 and stay mapped', () => {
  assert.equal(truncateIp('::ffff:192.0.2.1'), '::ffff:192.0.2.0');
  assert.equal(truncateIp('::FFFF:192.0.2.77'), '::ffff:192.0.2.0');
  assert.equal(truncateIp('::ffff:c000:0201'), '::ffff:192.0.2.0', 'the hexadecimal spelling');
  assert.equal(truncateIp('0:0:0:0:0:ffff:192.0.2.1'), '::ffff:192.0.2.0');
});

test('cutting twice changes nothing', () => {
  for (const ip of ['192.168.0.1', '2001:db8:85a3::7348', '::ffff:192.0.2.1', 'nonsense', '']) {
    const once = truncateIp(ip);
    assert.equal(truncateIp(once), once, ip);
  }
});

test('malformed values are blanked, never kept', () => {
  for (const bad of [
    '',
    'unknown',
    '256.1.1.1',
    '1.2.3',
    '1.2.3.4.5',
    '1.2.3.4:8080',
    '-1.2.3.4',
    '1.2.3.a',
    '2001:db8::1::1',
    '2001:db8:1:2:3:4:5:6:7',
    '2001:db8:1:2:3:4:5',
    '12345::1',
    ':1:2:3:4:5:6:7',
    '1.2.3.4::',
    '::1.2.3.4:5',
    'g::1',
    '192.168.0.1, 10.0.0.1',
    '<script>',
  ])
    assert.equal(truncateIp(bad), '', JSON.stringify(bad));
});

test('IPv6 text follows RFC 5952', () => {
  assert.equal(formatIpv6([0x2001, 0xdb8, 0, 0, 1, 0, 0, 1]), '2001:db8::1:0:0:1');
  assert.equal(formatIpv6([0x2001, 0xdb8, 0, 1, 1, 1, 1, 1]), '2001:db8:0:1:1:1:1:1');
  assert.equal(formatIpv6([0, 0, 1, 0, 0, 0, 0, 0]), '0:0:1::');
  assert.equal(formatIpv6([1, 0, 0, 0, 0, 0, 0, 0]), '1::');
  assert.deepEqual(parseIpv6('1::'), [1, 0, 0, 0, 0, 0, 0, 0]);
  assert.deepEqual(parseIpv6('1:2:3:4:5:6:7::'), [1, 2, 3, 4, 5, 6, 7, 0]);
});
