/**
 * A file name made from document text (a function code or name) that stays inside its
 * folder: no separators, no "..", no control or reserved characters, not empty.
 */
export function safeFileName(text: string, fallback: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '_')
    .replace(/\.{2,}/g, '_')
    .replace(/^[.\s_]+|[.\s]+$/g, '')
    .slice(0, 120);
  return cleaned === '' || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cleaned) ? fallback : cleaned;
}
