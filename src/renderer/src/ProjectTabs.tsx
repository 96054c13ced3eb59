// The project's views as tabs (WAI-ARIA tabs pattern): Sources, Facts, Who's who, Timeline, Brief. Arrow keys move
// between tabs; Ctrl/Cmd+1/2/3 (in App) jump to one from anywhere. Only the active view is mounted,
// so Facts and Brief load fresh data each time they are shown.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { BriefView } from './brief/BriefView';
import { FactsView } from './facts/FactsView';
import { WhoView } from './who/WhoView';
import { TimelineView } from './timeline/TimelineView';
import { withShortcut, type AppCommand } from './shortcuts';

export type ProjectTab = 'sources' | 'facts' | 'who' | 'timeline' | 'brief';

const TABS: ReadonlyArray<{ id: ProjectTab; label: string; command?: AppCommand }> = [
  { id: 'sources', label: 'Sources', command: 'tabSources' },
  { id: 'facts', label: 'Facts', command: 'tabFacts' },
  { id: 'who', label: "Who's who" },
  { id: 'timeline', label: 'Timeline' },
  { id: 'brief', label: 'Brief', command: 'tabBrief' },
];

export function ProjectTabs(props: {
  tab: ProjectTab;
  onTab: (tab: ProjectTab) => void;
  sourceCount: number;
  factCount: number;
  sourcesPanel: ReactNode;
  /** Above 0 while a Ctrl+F waits for the Facts view to focus its find box (it then answers). */
  findRequest: number;
  onFindAnswered: () => void;
  /** A fact another tab asked the Facts tab to show (n tells two asks for one fact apart). */
  openRequest: { factId: string; n: number } | null;
  onOpenAnswered: () => void;
  onOpenFact: (factId: string) => void;
}) {
  const buttons = useRef(new Map<ProjectTab, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent) => {
    const at = TABS.findIndex((t) => t.id === props.tab);
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (at + 1) % TABS.length;
    else if (event.key === 'ArrowLeft') next = (at - 1 + TABS.length) % TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = TABS.length - 1;
    if (next === null) return;
    event.preventDefault();
    const tab = TABS[next]!.id;
    props.onTab(tab);
    buttons.current.get(tab)?.focus();
  };

  const count = (id: ProjectTab) => (id === 'sources' ? props.sourceCount : id === 'facts' ? props.factCount : null);

  return (
    <div className="project-views">
      <div role="tablist" aria-label="Project views" className="tablist" onKeyDown={onKeyDown}>
        {TABS.map((t) => {
          const selected = t.id === props.tab;
          const n = count(t.id);
          return (
            <button
              key={t.id}
              ref={(el) => {
                if (el) buttons.current.set(t.id, el);
                else buttons.current.delete(t.id);
              }}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={selected}
              aria-controls={`panel-${t.id}`}
              tabIndex={selected ? 0 : -1}
              className="tab"
              title={t.command ? withShortcut(t.label, t.command) : t.label}
              onClick={() => props.onTab(t.id)}
            >
              {t.label}
              {n !== null ? <span className="tab-count"> {n}</span> : null}
            </button>
          );
        })}
      </div>
      <section role="tabpanel" id={`panel-${props.tab}`} aria-labelledby={`tab-${props.tab}`} className="tabpanel">
        {props.tab === 'sources' ? (
          props.sourcesPanel
        ) : props.tab === 'facts' ? (
          <FactsView findRequest={props.findRequest} onFindAnswered={props.onFindAnswered} openRequest={props.openRequest} onOpenAnswered={props.onOpenAnswered} />
        ) : props.tab === 'who' ? (
          <WhoView />
        ) : props.tab === 'timeline' ? (
          <TimelineView onOpenFact={props.onOpenFact} />
        ) : (
          <BriefView />
        )}
      </section>
    </div>
  );
}
