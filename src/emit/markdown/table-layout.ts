import type { AlignType } from 'mdast';

/**
 * Rows of written cells laid out as a GFM table the way the markdown-table package does with
 * remark-gfm's settings here (padding, aligned delimiters, rows not filled): every column as
 * wide as its widest cell counted in UTF-16 code units (so `’` and `–` count one), padded on
 * the side away from its alignment, a delimiter row after the header.
 */
export function tableLayout(rows: readonly (readonly string[])[], align: readonly AlignType[]): string {
  const columns = rows.reduce((most, row) => Math.max(most, row.length), 0);
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, cell.length)));
  const alignments = Array.from({ length: columns }, (_, column) => align[column]?.charAt(0).toLowerCase() ?? '');
  const delimiters = alignments.map((alignment, column) => {
    const left = alignment === 'c' || alignment === 'l' ? ':' : '';
    const right = alignment === 'c' || alignment === 'r' ? ':' : '';
    const cell = left + '-'.repeat(Math.max(1, (widths[column] ?? 0) - left.length - right.length)) + right;
    widths[column] = Math.max(widths[column] ?? 0, cell.length);
    return cell;
  });
  const [head = [], ...body] = rows;
  const line = (cells: readonly string[], count: number): string => {
    let text = '|';
    for (let column = 0; column < count; column++) {
      const cell = cells[column] ?? '';
      const space = (widths[column] ?? 0) - cell.length;
      const alignment = alignments[column];
      const before = alignment === 'r' ? space : alignment === 'c' ? Math.ceil(space / 2) : 0;
      const after = alignment === 'r' ? 0 : alignment === 'c' ? Math.floor(space / 2) : space;
      text += ` ${' '.repeat(before)}${cell}${' '.repeat(after)} |`;
    }
    return text;
  };
  const headCount = Math.max(1, head.length);
  return [line(head, headCount), line(delimiters, headCount), ...body.map((row) => line(row, Math.max(1, row.length)))].join('\n');
}
