// Three-way merge of texts made of blocks (paragraphs): what two people changed from the same base.
// A block changed on one side only is taken from that side; a block both changed differently is a
// conflict, kept with base, mine and theirs for the person to choose. Pure (Node tests it).

/** The blocks of a Markdown text: paragraphs separated by blank lines. */
export function blocks(text) {
  return (text || '').replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/).map((b) => b.trim()).filter((b) => b !== '');
}

export function joinBlocks(list) {
  return list.join('\n\n');
}

const same = (x, y) => x.length === y.length && x.every((v, i) => v === y[i]);

/** For each index of `a`, the index of `b` it is kept as in a longest common subsequence, or -1. */
function matches(a, b) {
  const common = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const out = new Array(a.length).fill(-1);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) out[i++] = j++;
    else if (common[i + 1][j] >= common[i][j + 1]) i++;
    else j++;
  }
  return out;
}

/**
 * Merges two edits of `base` (each an array of blocks). Resolves to { parts, conflicts }: parts in
 * order, each { blocks } (agreed) or { conflict: { base, mine, theirs } } (each an array of blocks);
 * conflicts counts the latter.
 */
export function merge3(base, mine, theirs) {
  const inMine = matches(base, mine);
  const inTheirs = matches(base, theirs);
  const parts = [];
  const agreed = (list) => {
    if (!list.length) return;
    const last = parts[parts.length - 1];
    if (last && last.blocks) last.blocks.push(...list);
    else parts.push({ blocks: [...list] });
  };
  const chunk = (b, m, t) => {
    // Blocks edited in place on both sides (no block added or removed): each block on its own.
    if (b.length > 1 && b.length === m.length && b.length === t.length) {
      b.forEach((block, n) => chunk([block], [m[n]], [t[n]]));
      return;
    }
    if (same(b, m)) agreed(t);
    else if (same(b, t) || same(m, t)) agreed(m);
    else parts.push({ conflict: { base: b, mine: m, theirs: t } });
  };
  let i = 0;
  let a = 0;
  let c = 0;
  for (let k = 0; k < base.length; k++) {
    // A base block both sides kept where they are: everything before it is one chunk.
    if (inMine[k] < a || inTheirs[k] < c) continue;
    chunk(base.slice(i, k), mine.slice(a, inMine[k]), theirs.slice(c, inTheirs[k]));
    agreed([base[k]]);
    i = k + 1;
    a = inMine[k] + 1;
    c = inTheirs[k] + 1;
  }
  chunk(base.slice(i), mine.slice(a), theirs.slice(c));
  return { parts, conflicts: parts.filter((p) => p.conflict).length };
}

/** The merged blocks once every conflict has a choice: choices[n] is the blocks for the n-th conflict. */
export function resolve(parts, choices) {
  let n = 0;
  return parts.flatMap((p) => (p.blocks ? p.blocks : choices[n++]));
}

/**
 * The same rule for texts aligned block by block (a translation: block i translates source block i).
 * Resolves to { merged, conflicts }: conflicts lists the indices both sides changed differently, where
 * merged holds theirs until the person chooses.
 */
export function mergeAligned(base, mine, theirs) {
  const conflicts = [];
  const merged = theirs.map((t, i) => {
    const b = base[i] ?? '';
    const m = mine[i] ?? b;
    if (m === b || m === t) return t;
    if (t === b) return m;
    conflicts.push(i);
    return t;
  });
  return { merged, conflicts };
}
