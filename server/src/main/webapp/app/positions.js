// Positions in text as the API counts them: Unicode code points, not UTF-16 units, not graphemes.
// Plain inputs only, no DOM, so Node's test runner checks it (server/src/test/js).

/** The code points of text: "𝔘" is one, "نموًا" five (the tanwin is a code point of its own). */
export function codePoints(text) {
  return Array.from(text || '');
}

/**
 * Text cut into runs at the spans' code point offsets: [{ text, span }], span null between marks.
 * Spans are taken by start; one that is empty, overlaps an earlier one or runs past the end is left
 * out, since marks cannot nest.
 */
export function segments(text, spans) {
  const cps = codePoints(text);
  const out = [];
  const run = (from, to, span) => {
    if (to > from) out.push({ text: cps.slice(from, to).join(''), span });
  };
  let pos = 0;
  for (const s of [...(spans || [])].sort((a, b) => a.start - b.start)) {
    if (s.start < pos || s.end <= s.start || s.end > cps.length) continue;
    run(pos, s.start, null);
    run(s.start, s.end, s);
    pos = s.end;
  }
  run(pos, cps.length, null);
  return out;
}

/**
 * A selection boundary in code points from the start of a block's own text. The block comes as its
 * text nodes in document order, [{ text, hidden }] (hidden: a screen-reader label added beside a
 * mark, not part of the text); the boundary as the index of the text node it lies in or before
 * (pieces.length: after them all) and the UTF-16 offset inside it, as a DOM Range gives it. A
 * boundary inside a label counts from the label's start; one inside a surrogate pair, after the pair.
 */
export function offsetAt(pieces, index, offset) {
  let count = 0;
  for (let i = 0; i < Math.min(index, pieces.length); i++) {
    if (!pieces[i].hidden) count += codePoints(pieces[i].text).length;
  }
  const at = pieces[index];
  return at && !at.hidden ? count + codePoints(at.text.slice(0, offset)).length : count;
}

/**
 * The quote between two code point offsets of a block's text, with up to `context` code points either
 * side so that a repeated phrase anchors to this one; null for an empty or reversed selection.
 */
export function quoteAt(text, start, end, context = 32) {
  if (end <= start) return null;
  const cps = codePoints(text);
  return { exact: cps.slice(start, end).join(''), prefix: cps.slice(Math.max(0, start - context), start).join(''),
    suffix: cps.slice(end, end + context).join('') };
}
