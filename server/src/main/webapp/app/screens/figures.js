// The figures of a block's claims that its translation does not carry as the same values, and the
// editor's reason to approve anyway. The server compares them (in any digits); this only shows them.
import { h, field } from '../dom.js';
import { t } from '../i18n.js';
import { limit } from '../limits.js';

/** What became of each claim figure in this block: differs and missing block approval; the rest are hints. */
export function figureWarnings(block) {
  const figures = block.figures || [];
  if (!figures.length) return null;
  return h('ul', { class: 'figure-warnings', id: `figures-${block.index}` }, figures.map((f) =>
    h('li', { class: `figure-warning ${f.blocking ? 'blocking' : 'hint'}` },
      t(`figure.${f.outcome}`, { claim: f.claim, expected: f.expected, found: f.found.join(', ') }))));
}

/** Whether any block holds a figure that stops approval. */
export function figuresBlock(ws) {
  return ws.blocks.some((b) => (b.figures || []).some((f) => f.blocking));
}

/** The reason field an editor fills to approve though figures differ; null when nothing differs. */
export function overrideField(ws) {
  if (!figuresBlock(ws)) return null;
  const input = limit(h('textarea', { name: 'figure-override', id: 'figure-override', dir: 'auto', rows: 2, required: true }),
    'ApproveRequest.override');
  return { input, field: h('div', { class: 'notice figure-override' },
    h('p', {}, t('figure.overrideIntro')), field(t('figure.overrideLabel'), input)) };
}

/** The reason an approved translation was let through with differing figures, if any. */
export function overrideNote(task) {
  return task.approvalOverride ? h('div', { class: 'notice', role: 'note', id: 'approval-override' },
    h('strong', {}, t('figure.overridden')), ' ', h('span', { dir: 'auto' }, task.approvalOverride)) : null;
}
