// Full-text search over a project's facts and source text (see searchIndex.ts).
export { SearchIndex, indexProject, factsBySource, searchFact, DEFAULT_LIMIT, MIN_PREFIX } from './searchIndex';
export type { FactMatch, SearchFact, SearchHit, SearchOptions, SearchOutcome, SearchScope, SearchSource } from './searchIndex';
export { markedPieces } from './marks';
export type { MarkedPiece, TextRange } from './marks';
