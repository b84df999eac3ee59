/**
 * Links made from the agency's data: only what is safe and correct becomes a link; anything else
 * stays text. Pure: the page's base URL is passed in.
 */

/** Only http: and https: URLs become links; anything else (javascript:, data:, …) is dropped. */
export function safeUrl(url: string | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A dialable tel: URL (RFC 3966), or undefined rather than a wrong number. Takes the ways US agencies
 * write a number ("(307) 555-0150", "307.555.0150", "+1 307 555 0150", "1-800-FLOWERS",
 * "… ext. 12" / "x12") and international "+" numbers. US numbers get +1 so that they dial the same
 * from anywhere; vanity letters become keypad digits; 211–911 stay short codes. Anything else
 * (a local 7-digit number, words around a number) stays plain text.
 */
export function telUrl(phone: string): string | undefined {
  // Starts with a digit, "+" or "(": "Call 307-555-0150" is a sentence, and its letters are no vanity number.
  const parts = /^(\+?[\d(][\d\sA-Za-z()./-]*?)(?:\s*,?\s*(?:ext\.?|extension|x)\s*(\d{1,6}))?$/i.exec(phone.trim());
  if (!parts) return undefined;
  const main = parts[1];
  // Vanity letters end the number ("1-800-FLOWERS", "1-800-GET-HELP") and are needed to complete it:
  // "307-555-0150 (main office)" and "… x" are a number with words after it.
  const vanity = main.search(/[a-z]/i);
  if (vanity >= 0) {
    const before = main.slice(0, vanity).replace(/\D/g, '');
    if (!/^[a-z][a-z\d-]*$/i.test(main.slice(vanity)) || before.length >= (before.startsWith('1') ? 11 : 10)) return undefined;
  }
  let digits = main.replace(/[a-z]/gi, (letter) => '22233344455566677778889999'[letter.toUpperCase().charCodeAt(0) - 65]).replace(/\D/g, '');
  // Vanity numbers are North American and may spell past the last digit: 1-800-MEDICARE dials 1-800-633-4227.
  if (/[a-z]/i.test(main)) digits = digits.slice(0, digits.startsWith('1') ? 11 : 10);
  const extension = parts[2] ? `;ext=${parts[2]}` : '';
  if (/^[2-9]11$/.test(digits) && !main.startsWith('+')) return `tel:${digits}`;
  if (main.startsWith('+') && !digits.startsWith('1')) return /^[2-9]\d{7,14}$/.test(digits) ? `tel:+${digits}${extension}` : undefined;
  // North American Numbering Plan: area code and exchange start with 2–9.
  const national = /^1?([2-9]\d\d[2-9]\d{6})$/.exec(digits);
  return national ? `tel:+1${national[1]}${extension}` : undefined;
}

/** A mailto: URL for a plain address, or undefined for anything that could smuggle headers or a second recipient. */
export function mailtoUrl(email: string): string | undefined {
  return /^[^\s@<>()",;:?&]+@[^\s@<>()",;:?&]+$/.test(email) ? `mailto:${email}` : undefined;
}
