/** One line of a diff: kept in both texts, only in the old one, or only in the new one. */
export interface DiffLine {
  kind: "same" | "removed" | "added";
  text: string;
  oldNumber: number | null;
  newNumber: number | null;
}

// Beyond this many line pairs the LCS table would be too large for a request; such attempts are shown whole.
const MAX_CELLS = 4_000_000;

/**
 * A line diff from the longest common subsequence of the two texts' lines (classic dynamic programming), after
 * trimming the common prefix and suffix, which is where consecutive attempts mostly agree. Null when too large.
 */
export function lineDiff(oldText: string, newText: string): DiffLine[] | null {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const n = endA - start;
  const m = endB - start;
  if ((n + 1) * (m + 1) > MAX_CELLS) return null;
  // lcs[i][j]: LCS length of a[start+i..endA) and b[start+j..endB).
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lcs[i * width + j] =
        a[start + i] === b[start + j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  const lines: DiffLine[] = [];
  for (let k = 0; k < start; k += 1) lines.push({ kind: "same", text: a[k], oldNumber: k + 1, newNumber: k + 1 });
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[start + i] === b[start + j]) {
      lines.push({ kind: "same", text: a[start + i], oldNumber: start + i + 1, newNumber: start + j + 1 });
      i += 1;
      j += 1;
    } else if (i < n && (j === m || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])) {
      // On a tie, removals come first: the old line then its replacement reads naturally.
      lines.push({ kind: "removed", text: a[start + i], oldNumber: start + i + 1, newNumber: null });
      i += 1;
    } else {
      lines.push({ kind: "added", text: b[start + j], oldNumber: null, newNumber: start + j + 1 });
      j += 1;
    }
  }
  for (let k = 0; k < a.length - endA; k += 1) {
    lines.push({ kind: "same", text: a[endA + k], oldNumber: endA + k + 1, newNumber: endB + k + 1 });
  }
  return lines;
}

function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}
