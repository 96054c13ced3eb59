// What every format reader gives back: the document's text (before cleaning), what the file
// itself says about its title, author and date, and notes for the analyst.
import type { UnreadPages } from './unreadPages';
import type { SourceFormat, SourceMeta } from '../../core/model';

export interface ReadResult {
  format: SourceFormat;
  /** Lines joined by \n; a PDF's pages each open with a line holding only \f. */
  originalText: string;
  hints: Partial<SourceMeta>;
  /** Things the analyst should know about this file ("page 4 had no text"). */
  notes: string[];
  /** A PDF's pages whose words are not in the file (left empty): for OCR, or to be named in a note. */
  unread?: UnreadPages;
}
