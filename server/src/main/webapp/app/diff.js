// A word diff of two short texts (a claim's quote as it was checked and as it reads now), in the
// segments the API's revision diffs use, so ui.js's diffView draws both. Plain inputs only, no DOM,
// so Node's test runner checks it (server/src/test/js).

/** Words and the spaces between them, each a token of its own, so a changed word is one change. */
export function tokens(text) {
  return (text || '').match(/\s+|[^\s]+/gu) || [];
}

/**
 * The segments ({ op: EQUAL | DELETE | INSERT, text }) that turn `before` into `after`, word by word:
 * a longest common subsequence of tokens, deletions before insertions, neighbours of one kind joined.
 * Quadratic in the number of words, which is fine for a quote and not meant for whole articles.
 */
export function wordDiff(before, after) {
  const a = tokens(before);
  const b = tokens(after);
  // common[i][j]: tokens in common between a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const steps = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      steps.push({ op: 'EQUAL', text: a[i] });
      i++;
      j++;
    } else if (i < a.length && (j >= b.length || common[i + 1][j] >= common[i][j + 1])) {
      steps.push({ op: 'DELETE', text: a[i++] });
    } else {
      steps.push({ op: 'INSERT', text: b[j++] });
    }
  }
  return joined(steps);
}

/**
 * Runs of changes as one deletion then one insertion; a space kept between two changes belongs to
 * them ("in 2025" to "during all of 2025" is "in" out, "during all of" in, not three pieces).
 */
function joined(steps) {
  const out = [];
  const push = (op, text) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else if (text) out.push({ op, text });
  };
  let removed = '';
  let added = '';
  const flush = () => {
    // A space both sides end with stays outside the change.
    const space = /\s*$/u.exec(removed)[0];
    const kept = removed && added && added.endsWith(space) ? space : '';
    push('DELETE', removed.slice(0, removed.length - kept.length));
    push('INSERT', added.slice(0, added.length - kept.length));
    push('EQUAL', kept);
    removed = '';
    added = '';
  };
  steps.forEach((s, k) => {
    const next = steps[k + 1];
    if (s.op === 'DELETE') removed += s.text;
    else if (s.op === 'INSERT') added += s.text;
    else if ((removed || added) && next && next.op !== 'EQUAL' && !s.text.trim()) {
      removed += s.text;
      added += s.text;
    } else {
      flush();
      push('EQUAL', s.text);
    }
  });
  flush();
  return out;
}
