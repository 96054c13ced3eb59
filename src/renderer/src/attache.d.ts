// The one door the page has to the application: the preload (or the e2e harness) puts it here.
import type { AttacheApi } from '../../shared/api';

declare global {
  interface Window {
    attache: AttacheApi;
  }
}

export {};
