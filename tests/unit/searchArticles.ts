// Two invented reports for the search tests (service and CLI): a name with diacritics, a plural
// and a figure in one, a port and its catch in the other; each headline is in no fact.

export const HANOI = [
  'Japanese delegation visits Hanoi',
  '',
  'General Secretary Tô Lâm received the Japanese delegation in Hà Nội on Monday.',
  '',
  'Japan remains the largest investor in Vietnam, with 6,322 valid projects worth $74 billion.',
].join('\n');

export const PORT = ['Fishing port reopens', '', 'The fishery port at Vale handled 40,000 tonnes of cod last year, the harbour authority said.'].join('\n');
