import type { Command } from '../command';
import { addCommand, infoCommand, newCommand, sourcesCommand } from './project';

export const commands: Command[] = [newCommand, addCommand, infoCommand, sourcesCommand];
