// The project store: one `.attache` file per project, written through lowdb with a durable
// adapter, locked to one writer; and the app's list of recent projects.
export {
  createProjectFile,
  openProjectFile,
  readProjectFile,
  restoreProjectBackup,
  type ProjectHandle,
  type StoreEvent,
  type StoreEventPayload,
  type StoreOptions,
} from './projectFile';
export { RecentProjects, type RecentProject } from './recentProjects';
export { writeFileAtomic } from './atomicWrite';
export { lockPathFor } from './projectLock';
