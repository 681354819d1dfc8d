// The word diff of a claim's checked and current quote (app/diff.js), run by `node --test` (UiLogicTest runs it in mvn verify).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokens, wordDiff } from '../../main/webapp/app/diff.js';

/** The text on one side of the diff: before (EQUAL and DELETE) or after (EQUAL and INSERT). */
const side = (segments, op) => segments.filter((s) => s.op === 'EQUAL' || s.op === op).map((s) => s.text).join('');

test('a changed figure is one word out and one word in, the rest unchanged', () => {
  assert.deepEqual(wordDiff('3.2 million passengers in 2025', '3.4 million passengers in 2025'), [
    { op: 'DELETE', text: '3.2' }, { op: 'INSERT', text: '3.4' }, { op: 'EQUAL', text: ' million passengers in 2025' }]);
});

test('both texts come back whole from the segments', () => {
  const pairs = [
    ['carried 3.2 million passengers in 2025', 'carried 3.4 million passengers during 2025'],
    ['הנמל טיפל ב־1.2 מיליון טונות', 'הנמל טיפל ב־1.5 מיליון טונות של מטען'],
    ['نما الاقتصاد نموًا قويًا', 'نما الاقتصاد نموًا ضعيفًا هذا العام'],
    ['Growth 📈 in 𝔘nicode', 'Growth 📉 in 𝔘nicode'],
    ['', 'all new'],
    ['all gone', ''],
  ];
  for (const [before, after] of pairs) {
    const d = wordDiff(before, after);
    assert.equal(side(d, 'DELETE'), before);
    assert.equal(side(d, 'INSERT'), after);
  }
});

test('words added and removed are marked, neighbours of one kind joined', () => {
  assert.deepEqual(wordDiff('passengers in 2025', 'passengers during all of 2025'), [
    { op: 'EQUAL', text: 'passengers ' }, { op: 'DELETE', text: 'in' }, { op: 'INSERT', text: 'during all of' },
    { op: 'EQUAL', text: ' 2025' }]);
});

test('the same text is one unchanged segment, and nothing is nothing', () => {
  assert.deepEqual(wordDiff('14 vessels', '14 vessels'), [{ op: 'EQUAL', text: '14 vessels' }]);
  assert.deepEqual(wordDiff('', ''), []);
  assert.deepEqual(wordDiff(null, undefined), []);
});

test('spaces are tokens of their own, so a word keeps its edges', () => {
  assert.deepEqual(tokens(' a  b\nc '), [' ', 'a', '  ', 'b', '\n', 'c', ' ']);
});
