// Where each step of "what needs me" opens: the translation workspace, the claim, or the article.
// Pure (Node tests it), so the rule lives in one place.

const TRANSLATION_KINDS = new Set(['TRANSLATE', 'UPDATE_TRANSLATION', 'APPROVE_TRANSLATION']);

export function workLink(item) {
  if (TRANSLATION_KINDS.has(item.kind) && item.taskId) return `#/translations/${item.taskId}`;
  if (item.kind === 'RECHECK' && item.claimId) return `#/articles/${item.articleId}/claims/${item.claimId}`;
  return `#/articles/${item.articleId}`;
}
