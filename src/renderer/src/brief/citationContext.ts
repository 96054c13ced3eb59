// What a citation in the editor needs to show itself: its number (computed from the brief's order,
// as the back end numbers endnotes) and whether the integrity check has a problem with it.
import { createContext } from 'react';

export interface CitationInfo {
  numberOf: ReadonlyMap<string, number>;
  /** Fact id → the integrity problem's message. */
  problemOf: ReadonlyMap<string, string>;
  /** Fact id → the fact's sentence, for the tooltip. */
  sentenceOf: ReadonlyMap<string, string>;
}

export const CitationContext = createContext<CitationInfo>({ numberOf: new Map(), problemOf: new Map(), sentenceOf: new Map() });
