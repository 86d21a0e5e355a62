import type { Table } from 'mdast';
import { enter, OUTERMOST } from './construct-stack.js';
import { phrasing } from './phrasing.js';
import { tableLayout } from './table-layout.js';

const CELL = enter(OUTERMOST, 'table', 'tableRow', 'tableCell', 'phrasing');

/** A GFM table: each cell's phrasing escaped between the padding spaces, the header filled out to the aligned columns. */
export function table(node: Table): string {
  const rows = node.children.map((row) => row.children.map((cell) => phrasing(cell.children, CELL, ' ', ' ')));
  const head = rows[0];
  if (head) {
    const columns = node.align?.length || rows.reduce((most, row) => Math.max(most, row.length), 0);
    while (head.length < columns) head.push('');
  }
  return tableLayout(rows, node.align ?? []);
}
