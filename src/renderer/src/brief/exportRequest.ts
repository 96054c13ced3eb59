// File › Export PDF…, Export DOCX… and Print… (menu or keys) run the Brief tab's own export, with
// the options it shows: the project screen brings the tab up and leaves a request here, and the
// export panel, once mounted, runs it and answers so that it runs once.
import { createContext } from 'react';

export type ExportKind = 'PDF' | 'DOCX' | 'PRINT';

export interface ExportRequest {
  kind: ExportKind;
  /** Tells one request from the next of the same kind. */
  id: number;
}

export interface ExportRequests {
  request: ExportRequest | null;
  answered(id: number): void;
}

export const ExportRequestContext = createContext<ExportRequests>({ request: null, answered: () => undefined });
