/** RFC 5545 asks every content line to end with CRLF, the last one too (ical-generator leaves it off). */
export function withFinalCrlf(text: string): string {
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
