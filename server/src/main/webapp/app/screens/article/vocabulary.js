// The verdicts (in order, each with whether it needs a citation) and the stances, as the API lists
// them. Asked for once per page load; a failed request is asked again next time.
import { get } from '../../api.js';

let vocabulary = null;

export function claimVocabulary() {
  if (!vocabulary) {
    vocabulary = get('claims/vocabulary').catch((err) => {
      vocabulary = null;
      throw err;
    });
  }
  return vocabulary;
}
