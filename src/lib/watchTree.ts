import {readdirSync, statSync, watch, type FSWatcher} from "node:fs";
import {basename, dirname, join} from "node:path";

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Watches a folder and every folder in it, including folders made later and
 * the folder itself deleted and made again (a git checkout), with one system
 * watch (inotify) each, and calls `changed` with the path of each file or
 * folder that changed, appeared or went. Unlike fs.watch's recursive mode on
 * Linux, which reads a folder again on every change in it, a change costs
 * nothing however many files a folder holds (thousands of datasets). A folder
 * that cannot be watched (the system's limit of watches reached) is reported
 * to `failed`.
 */
export function watchTree(folder: string, changed: (path: string) => void, failed: (folder: string, error: Error) => void = () => undefined): {close: () => void} {
  const watchers = new Map<string, FSWatcher>();
  const forget = (path: string) => {
    for (const [dir, watcher] of watchers) {
      if (dir === path || dir.startsWith(`${path}/`)) {
        watcher.close();
        watchers.delete(dir);
      }
    }
  };
  const add = (dir: string) => {
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (event, name) => {
        const path = name ? join(dir, name.toString()) : dir;
        // A folder made, moved in or made again is watched afresh; one that went is let go.
        if (event === "rename" && path !== dir) {
          forget(path);
          if (isFolder(path)) addTree(path);
        }
        changed(path);
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") failed(dir, error as Error);
      return;
    }
    watcher.on("error", () => forget(dir));
    watchers.set(dir, watcher);
  };
  const addTree = (dir: string) => {
    add(dir);
    try {
      for (const entry of readdirSync(dir, {withFileTypes: true})) if (entry.isDirectory()) addTree(join(dir, entry.name));
    } catch {
      // gone while being looked at: its own watcher reports it
    }
  };
  addTree(folder);
  // The folder itself, deleted or made again, as its parent sees it.
  let parent: FSWatcher | undefined;
  try {
    parent = watch(dirname(folder), (_event, name) => {
      if (name?.toString() !== basename(folder)) return;
      forget(folder);
      if (isFolder(folder)) addTree(folder);
      changed(folder);
    });
  } catch (error) {
    failed(dirname(folder), error as Error);
  }
  return {
    close: () => {
      parent?.close();
      forget(folder);
    },
  };
}
