// The brief templates: a visit brief with the sections a principal expects, and a blank one.
import type { Brief, BriefTemplate, Section } from '../model';
import type { BriefDefaults } from './input';

/** Roles let the renderer and the draft find a section whatever the analyst renamed it to. */
export const VISIT_SECTIONS: ReadonlyArray<{ role: string; title: string }> = [
  { role: 'purpose', title: 'Purpose' },
  { role: 'key-messages', title: 'Key messages' },
  { role: 'background', title: 'Background' },
  { role: 'key-figures', title: 'Key figures' },
  { role: 'cooperation', title: 'Areas of cooperation' },
  { role: 'issues', title: 'Issues and sensitivities' },
  { role: 'sources', title: 'Sources' },
];

export function briefTemplate(template: BriefTemplate, defaults: BriefDefaults): Brief {
  const sections: Section[] =
    template === 'visit'
      ? VISIT_SECTIONS.map(({ role, title }) => ({ id: `section-${role}`, title, role, blocks: [] }))
      : [{ id: 'section-1', title: 'Untitled section', blocks: [{ type: 'paragraph', content: [] }] }];
  return {
    template,
    title: defaults.title,
    subtitle: '',
    preparedFor: defaults.preparedFor,
    preparedBy: defaults.preparedBy,
    date: defaults.date,
    marking: defaults.marking.trim() || 'OFFICIAL',
    sections,
  };
}
