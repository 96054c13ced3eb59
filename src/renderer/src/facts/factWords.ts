// How a fact is named in the list and the evidence pane: the words live in src/core/gradeWords, so
// the Facts tab says what the CLI, the brief and the PDF say.
export { CREDIBILITY_WORDS, plural, primaryValueText, supportWords } from '../../../core/gradeWords';
