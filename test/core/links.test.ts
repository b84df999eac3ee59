/** Links made from the agency's data (src/core/links.ts): only what is safe and correct becomes a link. */
import { expect } from '@esm-bundle/chai';
import { mailtoUrl, safeUrl, telUrl } from '../../src/core/links.js';

describe('safeUrl', () => {
  it('keeps http: and https: URLs, normalised', () => {
    expect(safeUrl('https://agency.example.gov/upload')).to.equal('https://agency.example.gov/upload');
    expect(safeUrl('http://agency.example.gov/upload?x=1#y')).to.equal('http://agency.example.gov/upload?x=1#y');
    expect(safeUrl('HTTPS://Agency.Example.gov')).to.equal('https://agency.example.gov/');
  });

  it('drops javascript: URLs in any disguise', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)',
      'java\nscript:alert(1)', '\u0000javascript:alert(1)']) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
      expect(safeUrl(url, 'https://agency.example.gov/'), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('drops data:, vbscript:, file: and other schemes', () => {
    for (const url of ['data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd',
      'blob:https://x.example/1', 'ftp://x.example/', 'mailto:a@example.gov', 'tel:18005550100']) {
      expect(safeUrl(url, 'https://agency.example.gov/'), url).to.equal(undefined);
    }
  });

  it('resolves relative URLs against the base, and drops them without one', () => {
    expect(safeUrl('/upload', 'https://agency.example.gov/status/')).to.equal('https://agency.example.gov/upload');
    expect(safeUrl('upload', 'https://agency.example.gov/status/')).to.equal('https://agency.example.gov/status/upload');
    expect(safeUrl('/upload')).to.equal(undefined);
  });

  it('returns undefined for nothing or garbage', () => {
    expect(safeUrl(undefined)).to.equal(undefined);
    expect(safeUrl('')).to.equal(undefined);
    expect(safeUrl('http://')).to.equal(undefined);
    expect(safeUrl('https://[bad')).to.equal(undefined);
  });
});

describe('telUrl', () => {
  // RFC 3966: a global number is "+", country code and digits; an extension is ";ext=". US numbers
  // written without the country code get +1, so the link dials the same from any phone.
  for (const [phone, href] of [
    ['1-800-555-0100', 'tel:+18005550100'],
    ['(307) 555-0150', 'tel:+13075550150'],
    ['(307)555-0150', 'tel:+13075550150'],
    ['1 (307) 555-0150', 'tel:+13075550150'],
    ['307.555.0150', 'tel:+13075550150'],
    ['307 555 0150', 'tel:+13075550150'],
    ['307/555-0150', 'tel:+13075550150'],
    ['3075550150', 'tel:+13075550150'],
    ['+1 (307) 555-0100', 'tel:+13075550100'],
    ['+1.307.555.0100', 'tel:+13075550100'],
    ['+1-307-555-0100', 'tel:+13075550100'],
    ['  1-800-555-0100  ', 'tel:+18005550100'],
    ['1-800-MEDICARE', 'tel:+18006334227'],
    ['1-800-FLOWERS', 'tel:+18003569377'],
    ['800-FLOWERS', 'tel:+18003569377'],
    ['1-800-555-0100 ext. 12', 'tel:+18005550100;ext=12'],
    ['1-800-555-0100 ext 12', 'tel:+18005550100;ext=12'],
    ['1-800-555-0100 x12', 'tel:+18005550100;ext=12'],
    ['(307) 555-0150 x123', 'tel:+13075550150;ext=123'],
    ['(307) 555-0150 ext. 123', 'tel:+13075550150;ext=123'],
    ['(307) 555-0150, ext. 123', 'tel:+13075550150;ext=123'],
    ['307-555-0150 Ext 123', 'tel:+13075550150;ext=123'],
    ['307-555-0150 extension 123', 'tel:+13075550150;ext=123'],
    ['+44 20 7946 0958', 'tel:+442079460958'],
    ['911', 'tel:911'],
    ['311', 'tel:311'],
  ] as const) {
    it(`dials ${JSON.stringify(phone)} as ${href}`, () => expect(telUrl(phone)).to.equal(href));
  }

  for (const phone of ['', '  ', '12', 'Ask at the front desk', 'See our website', '555-0100; DROP', '<b>555</b>', 'tel:911',
    // Not a whole US number: a local 7-digit number needs an area code, and area codes and exchanges never start with 0 or 1.
    '555-0100', '(012) 555-0150', '(307) 155-0150', '307-555-01500', '1-800-555-0100-2',
    // Words around a number are not part of it, and a letter before any digit is not a vanity number.
    'Call 307-555-0150', 'TTY 711 or 307-555-0150', '307-555-0150 (main office)', '+1 (307) 555-015', '+', '1-800-555-0100 x']) {
    it(`leaves ${JSON.stringify(phone)} as text`, () => expect(telUrl(phone)).to.equal(undefined));
  }
});

describe('mailtoUrl', () => {
  it('links a plain address', () => {
    expect(mailtoUrl('grants@agency.example.gov')).to.equal('mailto:grants@agency.example.gov');
    expect(mailtoUrl('first.last+tag@agency.example.gov')).to.equal('mailto:first.last+tag@agency.example.gov');
  });

  it('refuses anything that could add headers, a second recipient or markup', () => {
    for (const email of ['grants@agency.example.gov?cc=all@example.gov', 'a@example.gov,b@example.gov', 'a@example.gov;b@example.gov',
      'Grants <grants@agency.example.gov>', 'a b@example.gov', 'no-at-sign', 'a@b@c', '"quoted"@example.gov', '',
      'a@example.gov&subject=x', 'mailto:a@example.gov']) {
      expect(mailtoUrl(email), email).to.equal(undefined);
    }
  });
});
