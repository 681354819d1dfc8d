// The three-way merge of an article's blocks and a translation's aligned blocks (app/merge.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocks, joinBlocks, merge3, resolve, mergeAligned } from '../../main/webapp/app/merge.js';

const base = ['# Ferries', 'The fleet carried 4.2 million people.', 'Officials said it was late.', 'A third quote.'];

test('changes to different blocks merge without asking', () => {
  const theirs = [...base];
  theirs[1] = 'The fleet carried 4.3 million people.';
  const mine = [...base];
  mine[3] = 'A third quote, now sourced.';
  const { parts, conflicts } = merge3(base, mine, theirs);
  assert.equal(conflicts, 0);
  assert.deepEqual(resolve(parts, []), [base[0], theirs[1], base[2], mine[3]],
    'their correction (4.3) is kept, and so is mine: nothing is reverted');
});

test('the same block changed differently is a conflict with all three versions', () => {
  const theirs = [...base];
  theirs[1] = 'The fleet carried 4.3 million people.';
  const mine = [...base];
  mine[1] = 'The fleet carried 4.2 million passengers.';
  const { parts, conflicts } = merge3(base, mine, theirs);
  assert.equal(conflicts, 1);
  const c = parts.find((p) => p.conflict).conflict;
  assert.deepEqual(c, { base: [base[1]], mine: [mine[1]], theirs: [theirs[1]] });
  assert.deepEqual(resolve(parts, [c.theirs]), theirs);
});

test('neighbouring blocks changed on different sides merge too', () => {
  const two = ['The bridge opened in 1998.', 'Officials said it was long.'];
  const { parts, conflicts } = merge3(two, [two[0], 'My own second paragraph.'], ['The bridge opened in 1999.', two[1]]);
  assert.equal(conflicts, 0);
  assert.deepEqual(resolve(parts, []), ['The bridge opened in 1999.', 'My own second paragraph.']);
});

test('the same change on both sides is no conflict', () => {
  const both = [...base];
  both[2] = 'Officials said it was on time.';
  assert.deepEqual(merge3(base, both, [...both]), { parts: [{ blocks: both }], conflicts: 0 });
});

test('blocks added and removed on either side land in place', () => {
  const mine = [base[0], 'A new lead.', ...base.slice(1)];
  const theirs = base.filter((b, i) => i !== 2);
  const { parts, conflicts } = merge3(base, mine, theirs);
  assert.equal(conflicts, 0);
  assert.deepEqual(resolve(parts, []), [base[0], 'A new lead.', base[1], base[3]]);
});

test('a block one side deleted and the other changed is a conflict, not a silent loss', () => {
  const mine = base.filter((b, i) => i !== 1);
  const theirs = [...base];
  theirs[1] = 'The fleet carried 4.3 million people.';
  const { parts, conflicts } = merge3(base, mine, theirs);
  assert.equal(conflicts, 1);
  assert.deepEqual(parts.find((p) => p.conflict).conflict.mine, []);
});

test('Markdown text splits into blocks and back', () => {
  assert.deepEqual(blocks('# T\n\nOne\r\n\r\nTwo\n  \n\nThree'), ['# T', 'One', 'Two', 'Three']);
  assert.equal(joinBlocks(['a', 'b']), 'a\n\nb');
});

test('aligned translation blocks: one-sided changes merge, two-sided ones are listed', () => {
  const b = ['א', 'ב', 'ג'];
  const mine = ['א1', 'ב', 'ג2'];
  const theirs = ['א', 'ב3', 'ג3'];
  assert.deepEqual(mergeAligned(b, mine, theirs), { merged: ['א1', 'ב3', 'ג3'], conflicts: [2] });
});

test('each step opens its own screen', async () => {
  const { workLink } = await import('../../main/webapp/app/links.js');
  assert.equal(workLink({ kind: 'APPROVE_TRANSLATION', articleId: 7, taskId: 3 }), '#/translations/3');
  assert.equal(workLink({ kind: 'UPDATE_TRANSLATION', articleId: 7, taskId: 3 }), '#/translations/3');
  assert.equal(workLink({ kind: 'RECHECK', articleId: 7, claimId: 12 }), '#/articles/7/claims/12');
  assert.equal(workLink({ kind: 'REVIEW', articleId: 7 }), '#/articles/7');
});
