/** A small RFC 4180 CSV reader for the data files and build scripts (quoted fields, commas, CRLF). */

/** One parsed CSV row keyed by header name, with its 1-based line number for error messages. */
export interface CsvRecord {
  line: number;
  fields: Readonly<Record<string, string>>;
}

/**
 * Parses CSV text with a header row into records. Quoted fields may hold commas, quotes ("")
 * and newlines; a row whose field count differs from the header's is an error with its line.
 */
export function parseCsv(text: string): CsvRecord[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src.charAt(i);
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted) throw new Error(`CSV: unterminated quoted field starting on line ${rowLine}`);
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  const header = rows.shift();
  if (!header) return [];
  const names = header.cells.map((h) => h.trim());
  return rows.map((row) => {
    if (row.cells.length !== names.length) {
      throw new Error(
        `CSV line ${row.line}: ${row.cells.length} fields, the header has ${names.length}`,
      );
    }
    const fields: Record<string, string> = {};
    names.forEach((name, idx) => {
      fields[name] = (row.cells[idx] ?? '').trim();
    });
    return { line: row.line, fields };
  });
}
