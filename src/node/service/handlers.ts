// The contract's calls, bound to one session. Adding a call to src/shared/api.ts without a handler
// here is a type error, so the contract and the back end cannot drift.
import type { Handlers } from './dispatch';
import type { AttacheSession } from './session';

export function createHandlers(session: AttacheSession): Handlers {
  return {
    projectNew: () => session.newProject(),
    projectOpen: () => session.openProject(),
    projectOpenRecent: ({ path }) => session.openRecent(path),
    projectRestoreBackup: ({ path }) => session.restoreBackup(path),
    projectSaveAs: () => session.saveProjectAs(),
    projectClose: async () => {
      await session.close();
      return null;
    },
    projectInfo: async () => session.info(),
    recentList: () => session.listRecent(),
    sourcesAddFromDialog: () => session.addSourcesFromDialog(),
    sourcesAddDropped: ({ paths }) => session.addSources(paths),
    sourcesCancelImport: async () => {
      session.cancelImport();
      return null;
    },
    sourcesList: async () => session.listSources(),
    sourcesRemove: async ({ sourceId }) => {
      await session.removeSource(sourceId);
      return null;
    },
    sourcesRestoreRemoved: ({ sourceId }) => session.restoreRemovedSource(sourceId),
    sourcesGet: async ({ sourceId }) => session.getSource(sourceId),
    sourcesUpdateMeta: ({ sourceId, meta, reliability }) => session.updateSourceMeta(sourceId, meta ?? {}, reliability),
    sourcesSetLineRestored: ({ sourceId, line, restored }) => session.setLineRestored(sourceId, line, restored),
    factsPage: async ({ query, offset, limit, locate, clampToEnd, follow }) => session.factsPage(query, { offset: offset ?? 0, limit, locate, clampToEnd, follow }),
    factsIds: async ({ query, offset, limit }) => session.factIds(query, offset ?? 0, limit),
    factsDetail: async ({ factId }) => session.factDetail(factId),
    conflictsList: async () => session.conflicts(),
    search: (arg) => session.search(arg),
    factsDecide: async ({ factIds, status, credibility, note }) => session.decide(factIds, status, { credibility, note }),
    factsRestoreDecisions: async ({ decisions }) => {
      session.restoreDecisions(decisions);
      return null;
    },
    groupCompare: async ({ groupId }) => session.compareGroup(groupId),
    groupDecide: async ({ groupId, status }) => session.decideGroup(groupId, status),
    conflictStands: async ({ groupId, factId, others }) => session.conflictStands(groupId, factId, others ?? 'reject'),
    whoPage: async ({ type, text, offset, limit }) => session.whoPage({ type, text, offset: offset ?? 0, limit }),
    whoFacts: async ({ id }) => session.whoFacts(id),
    whoMerge: async ({ ids, into }) => session.whoMerge(ids, into),
    whoSplit: async ({ id, name }) => session.whoSplit(id, name),
    whoUndoDecision: async ({ decisionId }) => {
      session.whoUndoDecision(decisionId);
      return null;
    },
    timelinePage: async ({ entityId, kind, offset, limit }) => session.timelinePage({ entityId, kind, offset: offset ?? 0, limit }),
    timelineMark: async ({ id }) => session.timelineMark(id),
    briefAddTimeline: async ({ entityId, kind }) => session.addTimelineToBrief({ entityId, kind }),
    briefGet: async () => session.getBrief(),
    briefCreate: async ({ template }) => session.createBrief(template),
    briefDraft: async () => session.draftBrief(),
    briefUpdate: async ({ brief }) => {
      session.setBrief(brief);
      return null;
    },
    briefCheck: async () => session.checkBrief(),
    briefEndnotes: async () => session.endnotes(),
    briefExportPdf: (options) => session.exportBriefFromDialog(options),
    briefExportDocx: (options) => session.exportBriefDocxFromDialog(options),
    briefPrint: (options) => session.printBrief(options),
    exportOpenLast: ({ how }) => session.openLastExport(how),
    // Main lets this through only for a path its preload saw dropped (src/main/ipc.ts).
    projectOpenDropped: ({ path }) => session.openAt(path),
  };
}
