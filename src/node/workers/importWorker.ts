// The worker thread's entry: serves the task table. Bundled as out/main/importWorker.js.
import { serveTasks } from './taskProtocol';
import { tasks } from './tasks';

serveTasks(tasks);
