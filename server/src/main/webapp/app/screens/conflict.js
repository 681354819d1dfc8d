// An edit conflict, block by block: what changed on both sides since the text this editor started
// from. Blocks changed on one side only are already merged; for each block both changed, the editor
// sees base, theirs and mine (word diffs against the base) and chooses or writes the result.
// Nothing offers to overwrite the other editor's change in one click.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { diffView } from '../ui.js';
import { wordDiff } from '../diff.js';
import { blocks, joinBlocks, resolve } from '../merge.js';

/**
 * The panel for a merge with conflicts. `merge` is merge3's answer, `author` who saved meanwhile;
 * `apply(text)` gets the merged text once every conflict has a result.
 */
export function conflictPanel(merge, { author, revision, lang, dir, apply }) {
  const results = [];
  const conflicts = merge.parts.filter((p) => p.conflict).map((p, n) => {
    const c = p.conflict;
    const result = h('textarea', { name: `merge-${n}`, id: `merge-${n}`, rows: 4, lang, dir,
      'aria-label': t('editor.mergeResult', { n: n + 1 }) });
    result.value = '';
    results.push(result);
    const choose = (text) => () => {
      result.value = text;
      result.dataset.touched = 'true';
      result.focus();
    };
    result.addEventListener('input', () => { result.dataset.touched = 'true'; });
    const base = joinBlocks(c.base);
    const theirs = joinBlocks(c.theirs);
    const mine = joinBlocks(c.mine);
    return h('li', { class: 'merge-block', id: `merge-block-${n}` },
      h('h3', {}, t('editor.conflictBlock', { n: n + 1 })),
      h('p', { class: 'meta' }, t('editor.theirChange', { user: author })),
      theirs ? diffView(wordDiff(base, theirs), { lang, dir: 'auto', class: 'diff theirs' })
        : h('p', { class: 'hint' }, t('editor.removedBlock')),
      h('p', { class: 'meta' }, t('editor.yourChange')),
      mine ? diffView(wordDiff(base, mine), { lang, dir: 'auto', class: 'diff mine' })
        : h('p', { class: 'hint' }, t('editor.removedBlock')),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary take-theirs', onclick: choose(theirs) }, t('editor.useTheirs')),
        h('button', { type: 'button', class: 'secondary take-mine', onclick: choose(mine) }, t('editor.useMine')),
        h('button', { type: 'button', class: 'secondary take-both', onclick: choose(joinBlocks([theirs, mine].filter(Boolean))) },
          t('editor.useBoth'))),
      h('div', { class: 'field' }, h('label', { for: result.id }, t('editor.mergeResult', { n: n + 1 })), result));
  });
  const missing = h('p', { class: 'problem', role: 'alert', hidden: true }, t('editor.chooseEach'));
  return h('div', { class: 'conflict merge', role: 'region', 'aria-labelledby': 'conflict-title' },
    h('h2', { id: 'conflict-title', tabindex: '-1' }, t('editor.conflictTitle')),
    h('p', {}, t('editor.mergeText', { user: author, revision, n: conflicts.length })),
    h('ol', { class: 'merge-blocks' }, conflicts),
    missing,
    h('button', { type: 'button', id: 'apply-merge', onclick: () => {
      // An empty result is a choice too (both removed the block), but only once someone touched it.
      const open = results.filter((r) => r.value === '' && !r.dataset.touched);
      if (open.length) {
        missing.hidden = false;
        open[0].focus();
        return;
      }
      apply(joinBlocks(resolve(merge.parts, results.map((r) => blocks(r.value)))));
    } }, t('editor.applyMerge')));
}
