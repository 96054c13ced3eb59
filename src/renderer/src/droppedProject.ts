// What a drop is: a project file to open, source files to add, or both, which Attaché will not
// guess at. Only file names are looked at: the paths stay in the preload.
import { isProjectFileName } from '../../shared/api';

export type DropKind =
  | { kind: 'project'; file: File }
  | { kind: 'sources'; files: File[] }
  | { kind: 'refused'; message: string };

export function dropKindOf(files: readonly File[]): DropKind {
  const projects = files.filter((file) => isProjectFileName(file.name));
  if (projects.length === 0) return { kind: 'sources', files: [...files] };
  if (projects.length > 1) {
    return { kind: 'refused', message: `${projects.length} project files were dropped: a window shows one project. Drop one at a time.` };
  }
  if (files.length > 1) {
    return {
      kind: 'refused',
      message: `${projects[0]!.name} is a project and was dropped with other files. Drop the project on its own to open it, or the sources without it to add them.`,
    };
  }
  return { kind: 'project', file: projects[0]! };
}
