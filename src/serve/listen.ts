import type { EventEmitter } from "node:events";

/** Resolves once `start` has the server or socket listening (it calls `done`), rejects with its first error. */
export function listening(emitter: EventEmitter, start: (done: () => void) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    emitter.once("error", reject);
    start(() => {
      emitter.off("error", reject);
      resolve();
    });
  });
}
