export { AttacheSession, type SessionOptions } from './session';
export { createHandlers } from './handlers';
export { dispatchCall, isCallName, unwrap, type Handlers } from './dispatch';
export { noDialogs, type DialogPort, type EmitEvent, type RecentList } from './ports';
export { summariseProject, summariseSources, type ProjectSummary } from './summaries';
export { toExtractionJson } from './extractionJson';
