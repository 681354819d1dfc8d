// The web interface's text positions (app/positions.js), run by `node --test` (UiLogicTest runs it in mvn verify).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codePoints, segments, offsetAt, quoteAt } from '../../main/webapp/app/positions.js';

const ARABIC = 'نما الاقتصاد نموًا قويًا هذا العام'; // the tanwin (U+064B) is a combining mark
const HEBREW = 'הנמל טיפל בשנה שעברה ב־1.2 מיליון טונות';
const ASTRAL = 'Growth 📈 in 𝔘nicode: 3 ✅ checks';

/** Code point offset of phrase in text. */
const at = (text, phrase) => codePoints(text.slice(0, text.indexOf(phrase))).length;
const span = (text, phrase, claim = phrase) => ({ start: at(text, phrase), end: at(text, phrase) + codePoints(phrase).length, claim });

/** The text nodes a block renders to: each mark's text followed by its screen-reader label. */
function rendered(text, spans) {
  return segments(text, spans).flatMap((r) => (r.span ? [{ text: r.text }, { text: ' (Flagged)', hidden: true }] : [{ text: r.text }]));
}

/** The DOM's view of code point offset cp: the piece it falls in and the UTF-16 offset inside it. */
function boundary(pieces, cp) {
  let left = cp;
  for (let i = 0; i < pieces.length; i++) {
    if (pieces[i].hidden) continue;
    const n = codePoints(pieces[i].text).length;
    if (left < n || (left === n && i === pieces.length - 1)) return [i, codePoints(pieces[i].text).slice(0, left).join('').length];
    left -= n;
  }
  return [pieces.length, 0];
}

test('code points: astral characters count once, combining marks count on their own', () => {
  assert.equal(codePoints('𝔘').length, 1);
  assert.equal('𝔘'.length, 2);
  assert.equal(codePoints('👍🏽').length, 2, 'an emoji and its skin tone modifier');
  assert.equal(codePoints('نموًا').length, 5);
  assert.equal(codePoints('שָׁלוֹם').length, 7, 'Hebrew letters with their points');
  assert.deepEqual(codePoints(null), []);
});

test('segments cut the text at code point offsets, beyond astral characters', () => {
  const runs = segments(ASTRAL, [span(ASTRAL, '3 ✅ checks')]);
  assert.deepEqual(runs.map((r) => r.text), ['Growth 📈 in 𝔘nicode: ', '3 ✅ checks']);
  assert.equal(runs[1].span.claim, '3 ✅ checks');
  assert.deepEqual(segments(ASTRAL, []), [{ text: ASTRAL, span: null }]);
  assert.deepEqual(segments('', []), []);
});

test('segments keep an Arabic word with its combining mark whole', () => {
  const runs = segments(ARABIC, [span(ARABIC, 'نموًا قويًا')]);
  assert.deepEqual(runs.map((r) => r.text), ['نما الاقتصاد ', 'نموًا قويًا', ' هذا العام']);
});

test('segments take spans by start and leave out overlapping, empty and overlong ones', () => {
  const text = 'one two three four';
  const spans = [{ start: 8, end: 13, claim: 'c' }, { start: 0, end: 3, claim: 'a' }, { start: 2, end: 7, claim: 'overlaps a' },
    { start: 4, end: 4, claim: 'empty' }, { start: 14, end: 99, claim: 'past the end' }];
  const copy = spans.map((s) => ({ ...s }));
  const runs = segments(text, spans);
  assert.deepEqual(runs.map((r) => [r.text, r.span && r.span.claim]),
    [['one', 'a'], [' two ', null], ['three', 'c'], [' four', null]]);
  assert.deepEqual(spans, copy, 'the given spans are not reordered');
});

test('a boundary counts code points, not UTF-16 units', () => {
  const pieces = [{ text: 'a𝔘b' }];
  assert.equal(offsetAt(pieces, 0, 0), 0);
  assert.equal(offsetAt(pieces, 0, 1), 1);
  assert.equal(offsetAt(pieces, 0, 3), 2);
  assert.equal(offsetAt(pieces, 0, 4), 3);
  assert.equal(offsetAt(pieces, 0, 2), 2, 'inside the surrogate pair: after it');
});

test('screen-reader labels do not count', () => {
  const pieces = [{ text: 'The port handled ' }, { text: '1.2 million' }, { text: ' (Flagged)', hidden: true }, { text: ' tonnes' }];
  assert.equal(offsetAt(pieces, 3, 0), 28);
  assert.equal(offsetAt(pieces, 3, 3), 31);
  assert.equal(offsetAt(pieces, 2, 5), 28, 'inside a label: where the label starts');
});

test('boundaries at the ends of a block', () => {
  const pieces = [{ text: 'שלום ' }, { text: 'עולם' }, { text: ' (מסומן)', hidden: true }];
  assert.equal(offsetAt(pieces, 0, 0), 0, 'the start');
  assert.equal(offsetAt(pieces, 1, 4), 9, 'the end of the last text');
  assert.equal(offsetAt(pieces, 3, 0), 9, 'after every node');
  assert.equal(offsetAt(pieces, 99, 0), 9);
  assert.equal(offsetAt([], 0, 0), 0, 'an empty block');
});

test('every boundary in rendered text maps back to its code point offset', () => {
  for (const [text, phrases] of [[ASTRAL, ['📈', '𝔘nicode', '✅']], [ARABIC, ['نموًا', 'العام']], [HEBREW, ['ב־1.2 מיליון', 'הנמל']]]) {
    const pieces = rendered(text, phrases.map((p) => span(text, p)));
    for (let cp = 0; cp <= codePoints(text).length; cp++) {
      const [index, offset] = boundary(pieces, cp);
      assert.equal(offsetAt(pieces, index, offset), cp, `${text} at ${cp}`);
    }
  }
});

test('a selection across a mark and its label quotes the text without the label', () => {
  const text = 'The port handled 1.2 million tonnes of cargo last year.';
  const pieces = rendered(text, [span(text, '1.2 million')]);
  assert.equal(pieces[2].text, ' (Flagged)');
  const start = offsetAt(pieces, 0, 'The port '.length);
  const end = offsetAt(pieces, 3, ' tonnes'.length);
  assert.equal(quoteAt(text, start, end).exact, 'handled 1.2 million tonnes');
});

test('a quote carries up to 32 code points of context either side', () => {
  const text = `${'x'.repeat(40)} 𝔘 claim 📈 ${'y'.repeat(40)}`;
  const q = quoteAt(text, at(text, '𝔘'), at(text, '𝔘') + codePoints('𝔘 claim 📈').length);
  assert.equal(q.exact, '𝔘 claim 📈');
  assert.equal(codePoints(q.prefix).length, 32);
  assert.equal(q.prefix, `${'x'.repeat(31)} `);
  assert.equal(q.suffix, ` ${'y'.repeat(31)}`);
});

test('quotes in Arabic and Hebrew, up to the ends of the block', () => {
  const arabic = quoteAt(ARABIC, at(ARABIC, 'نموًا'), at(ARABIC, 'نموًا') + 5);
  assert.deepEqual(arabic, { exact: 'نموًا', prefix: 'نما الاقتصاد ', suffix: ' قويًا هذا العام' });
  const end = codePoints(HEBREW).length;
  assert.deepEqual(quoteAt(HEBREW, 0, 4), { exact: 'הנמל', prefix: '', suffix: ' טיפל בשנה שעברה ב־1.2 מיליון טו' });
  assert.equal(quoteAt(HEBREW, end - 5, end).exact, 'טונות');
  assert.equal(quoteAt(HEBREW, end - 5, end).suffix, '');
  assert.deepEqual(quoteAt('abc', 1, 2, 1), { exact: 'b', prefix: 'a', suffix: 'c' });
});

test('an empty or reversed selection quotes nothing', () => {
  assert.equal(quoteAt(HEBREW, 3, 3), null);
  assert.equal(quoteAt(HEBREW, 5, 2), null);
});
