// The text, each claim marked where it sits; selecting words in it fills the form that flags a claim.
import { h, field } from '../../dom.js';
import { t } from '../../i18n.js';
import { api } from '../../api.js';
import { act, section } from '../../ui.js';
import { claimClass, marked } from '../../marks.js';
import { offsetAt, quoteAt } from '../../positions.js';
import { similarBox } from '../../similar.js';
import { limit } from '../../limits.js';

const BLOCK_TAG = { HEADING: 'h3', QUOTE: 'blockquote', PARAGRAPH: 'p' };
/** Each block element's own text, as the API has it (the marks add screen-reader labels to the DOM). */
const BLOCK_TEXT = new WeakMap();
let selectionListener = null;

export function textSection(screen) {
  const { article, claims } = screen.data;
  const byBlock = new Map();
  for (const c of claims) {
    const p = c.selectors && c.selectors.position;
    if (!p) continue;
    if (!byBlock.has(p.block)) byBlock.set(p.block, []);
    byBlock.get(p.block).push({ start: p.start, end: p.end, claim: c });
  }
  const text = h('div', { class: 'article-text', id: 'article-text', lang: article.language, dir: article.direction },
    article.revision.blocks.map((b) => {
      const el = h(BLOCK_TAG[b.kind] || 'p', { 'data-block': b.index }, marked(b.text, byBlock.get(b.index) || []));
      BLOCK_TEXT.set(el, b.text);
      return el;
    }));
  return section(t('article.text'), legend(), text, screen.maySettle ? flagForm(screen, text) : null);
}

function legend() {
  return h('p', { class: 'legend' }, t('article.legend'), ' ',
    h('span', { class: claimClass('FLAGGED') }, t('claimStatus.FLAGGED')), ' ',
    h('span', { class: claimClass('IN_PROGRESS') }, t('claimStatus.IN_PROGRESS')), ' ',
    h('span', { class: claimClass('NEEDS_RECHECK') }, t('claimStatus.NEEDS_RECHECK')), ' ',
    h('span', { class: claimClass('RESOLVED', 'TRUE') }, t('verdict.TRUE')), ' ',
    h('span', { class: claimClass('RESOLVED', 'MISLEADING') }, t('verdict.MISLEADING')), ' ',
    h('span', { class: claimClass('RESOLVED', 'FALSE') }, t('verdict.FALSE')), ' ',
    h('span', { class: claimClass('RESOLVED', 'UNVERIFIABLE') }, t('verdict.UNVERIFIABLE')));
}

/** Select text in the article (or type the quote) to flag it as a claim. */
function flagForm(screen, textEl) {
  const quote = limit(h('input', { name: 'claim-quote', id: 'claim-quote', dir: 'auto', lang: screen.data.article.language }), 'FlagClaimRequest.exact');
  const reason = limit(h('input', { name: 'claim-reason', id: 'claim-reason', dir: 'auto' }), 'FlagClaimRequest.reason');
  const slot = h('div', { class: 'slot' });
  const submit = h('button', { type: 'submit', id: 'flag-claim' }, t('claims.flag'));
  const similar = similarBox(quote);
  let context = null;
  quote.addEventListener('input', () => { context = null; });
  followSelection(textEl, (found) => {
    quote.value = found.exact;
    similar.update(found.exact);
    context = { prefix: found.prefix, suffix: found.suffix };
  });
  return h('form', { class: 'flag-form', onsubmit: (e) => {
    e.preventDefault();
    act(submit, slot, async () => {
      await api('POST', `articles/${screen.id}/claims`, { body: { exact: quote.value, reason: reason.value || null,
        prefix: context ? context.prefix : null, suffix: context ? context.suffix : null } });
      await screen.refresh('claim-quote');
    }, { done: t('claims.flagged') });
  } },
  h('h3', {}, t('claims.flagTitle')),
  field(t('claims.quote'), quote, t('claims.quoteHint')),
  similar.element,
  field(t('claims.reason'), reason),
  slot, submit);
}

/** Calls found({ exact, prefix, suffix }) for each selection that lies within one block of textEl. */
function followSelection(textEl, found) {
  if (selectionListener) document.removeEventListener('selectionchange', selectionListener);
  selectionListener = () => {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount || !document.body.contains(textEl)) return;
    const range = sel.getRangeAt(0);
    const block = closestBlock(range.startContainer);
    if (!block || !textEl.contains(block) || block !== closestBlock(range.endContainer)) return;
    const quote = quoteAt(BLOCK_TEXT.get(block), offsetIn(block, range.startContainer, range.startOffset),
      offsetIn(block, range.endContainer, range.endOffset));
    if (quote) found(quote);
  };
  document.addEventListener('selectionchange', selectionListener);
}

function closestBlock(node) {
  const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return el ? el.closest('[data-block]') : null;
}

/** A DOM boundary (node, offset) as code points from the start of the block's own text (positions.js counts). */
function offsetIn(block, node, offset) {
  const texts = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
  const pieces = texts.map((n) => ({ text: n.data, hidden: Boolean(n.parentElement.closest('.visually-hidden')) }));
  if (node.nodeType === Node.TEXT_NODE) return offsetAt(pieces, texts.indexOf(node), offset);
  // A boundary between elements: it lies before the first text node at or after it.
  const point = document.createRange();
  point.setStart(node, offset);
  const next = texts.findIndex((n) => point.comparePoint(n, 0) >= 0);
  return offsetAt(pieces, next < 0 ? texts.length : next, 0);
}
