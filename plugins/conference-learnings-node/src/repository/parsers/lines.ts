/** Where things stand in a text, by 1-based line. */
export interface LineFinder {
  /** The line of `offset` */
  lineAt(offset: number): number;
  /**
   * The line where `needle` stands next, reading on from what was found last
   * (parsers look things up in the order files list them), else where it
   * first stands, else 1
   */
  lineOf(needle: string): number;
}

/** A {@link LineFinder} over `text`: the line starts are found once, then searched. */
export function lineFinder(text: string): LineFinder {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    starts.push(i + 1);
  }
  const lineAt = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  let lastFound = 0;
  return {
    lineAt,
    lineOf(needle) {
      let at = text.indexOf(needle, lastFound);
      if (at < 0) at = text.indexOf(needle);
      if (at < 0) return 1;
      lastFound = at;
      return lineAt(at);
    },
  };
}

/**
 * The text without `#` comments: whole-line comments, and comments after a
 * space on a line (`# …` inside quotes rarely matters for manifests' keys).
 */
export function withoutComment(line: string): string {
  if (!line.includes('#')) return line;
  const at = line.search(/(^|\s)#/);
  return at < 0 ? line : line.slice(0, at);
}
