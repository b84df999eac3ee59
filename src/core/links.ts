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
 * A dialable tel: URL, or undefined rather than a wrong number: vanity letters become keypad digits
 * (1-800-MEDICARE), "ext. 12" becomes ;ext=12, anything else stays plain text.
 */
export function telUrl(phone: string): string | undefined {
  const parts = /^(\+?[\dA-Za-z][\dA-Za-z\s().-]*?)(?:\s*(?:ext\.?|x)\s*(\d+))?$/i.exec(phone.trim());
  // Words alone are not a number: "Ask at the front desk" must not become a vanity number.
  if (!parts || !/\d/.test(parts[1])) return undefined;
  let digits = parts[1].replace(/[a-z]/gi, (letter) => '22233344455566677778889999'[letter.toUpperCase().charCodeAt(0) - 65]).replace(/[^\d+]/g, '');
  // Vanity numbers are North American and may spell past the last digit: 1-800-MEDICARE dials 1-800-633-4227.
  if (/[a-z]/i.test(parts[1])) digits = digits.slice(0, digits.startsWith('1') ? 11 : 10);
  return digits.length >= 3 ? `tel:${digits}${parts[2] ? `;ext=${parts[2]}` : ''}` : undefined;
}

/** A mailto: URL for a plain address, or undefined for anything that could smuggle headers or a second recipient. */
export function mailtoUrl(email: string): string | undefined {
  return /^[^\s@<>()",;:?&]+@[^\s@<>()",;:?&]+$/.test(email) ? `mailto:${email}` : undefined;
}
