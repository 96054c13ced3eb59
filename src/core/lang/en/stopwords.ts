// Words that carry no event: function words, and the verbs and nouns every news clause is built
// with. Matching two reports on them would join anything with anything.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those there here it its it\'s he she they them their theirs his her hers him we us our you your i me my ' +
    'and or but nor so yet if then than as because while whereas although though whether when where which who whom whose what why how ' +
    'of in on at to for from by with without within into onto upon about above below over under after before during since until till ' +
    'between among against across through throughout toward towards around beyond via per off out up down near ' +
    'be is are was were been being am do does did done doing have has had having can could may might must shall should will would ' +
    'not no nor never also only just even still already again more most much many some any all both each every other another such ' +
    'own same very too quite rather really now today yesterday tomorrow last next first new ' +
    'said says say told tell according mr mrs ms dr one ones two three four five six seven eight nine ten ' +
    'year years month months week weeks day days time times monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december ' +
    'percent per cent million billion trillion thousand hundred'
  ).split(/\s+/),
);
