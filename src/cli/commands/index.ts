import type { Command } from '../command';
import { demoCommand, draftCommand, exportCommand } from './brief';
import { extractCommand, factsCommand, verifyCommand } from './facts';
import { addCommand, infoCommand, newCommand, sourcesCommand } from './project';

export const commands: Command[] = [
  newCommand,
  addCommand,
  infoCommand,
  sourcesCommand,
  extractCommand,
  factsCommand,
  verifyCommand,
  draftCommand,
  exportCommand,
  demoCommand,
];
