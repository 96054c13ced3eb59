// File › Export PDF…, Export DOCX… and Print… (menu or keys) run the Brief tab's own export, with
// the options it shows: the project screen brings the tab up and leaves a request here, and the
// export panel, once mounted, runs it and answers so that it runs once. The options live here too,
// with the open project, not in the panel: the panel unmounts whenever another tab is shown, and
// an analyst who chose Letter paper expects the next export, from the menu or the button, on Letter.
import { createContext } from 'react';

export type ExportKind = 'PDF' | 'DOCX' | 'PRINT';

export interface ExportRequest {
  kind: ExportKind;
  /** Tells one request from the next of the same kind. */
  id: number;
}

/** The export panel's options, as the analyst last set them for the open project. */
export interface ExportChoices {
  paper: 'A4' | 'Letter';
  frontMatter: 'auto' | 'always' | 'never';
  /** Export with unverified citations or unwritten prompts: chosen per project, never remembered past it. */
  allowUnverified: boolean;
}

export const DEFAULT_EXPORT_CHOICES: ExportChoices = { paper: 'A4', frontMatter: 'auto', allowUnverified: false };

export interface ExportRequests {
  request: ExportRequest | null;
  answered(id: number): void;
  choices: ExportChoices;
  choose(change: Partial<ExportChoices>): void;
}

export const ExportRequestContext = createContext<ExportRequests>({
  request: null,
  answered: () => undefined,
  choices: DEFAULT_EXPORT_CHOICES,
  choose: () => undefined,
});
