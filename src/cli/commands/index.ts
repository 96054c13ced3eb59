import type { Command } from '../command';
import { demoCommand, draftCommand, exportCommand } from './brief';
import { extractCommand, factsCommand, verifyCommand } from './facts';
import { addCommand, infoCommand, newCommand, sourcesCommand } from './project';
import { reextractCommand, removeCommand } from './sourceChanges';
import { searchCommand } from './search';
import { whyCommand } from './why';

export const commands: Command[] = [
  newCommand,
  addCommand,
  infoCommand,
  sourcesCommand,
  removeCommand,
  reextractCommand,
  extractCommand,
  factsCommand,
  verifyCommand,
  whyCommand,
  searchCommand,
  draftCommand,
  exportCommand,
  demoCommand,
];
