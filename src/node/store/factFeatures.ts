// Facts of projects written before facts carried what they are about (`Fact.about`) are given
// it on open, read from their own sentence the way extraction writes it, so that verification
// never parses a sentence again nor meets a fact it cannot compare. Nothing else of the fact,
// nor any decision about it, changes.
import { aboutOf } from '../../core/about';
import { subjectFeatures } from '../../core/extract/subject';
import type { Project } from '../../core/model';

/** Whether a fact of this parser is compared by its subject (a clause's own claim is compared by its event parts). */
const comparedBySubject = (parser: string | undefined) => parser !== 'event.clause';

/** The project with every fact's `about` set; the same object when none was missing. */
export function withFactFeatures(project: Project): Project {
  if (project.facts.every((f) => f.about || !comparedBySubject(f.parser))) return project;
  return { ...project, facts: project.facts.map((f) => (f.about || !comparedBySubject(f.parser) ? f : { ...f, about: aboutOf(subjectFeatures(f)) })) };
}
