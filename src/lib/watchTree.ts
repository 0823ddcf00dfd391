import {readdirSync, statSync, watch, type FSWatcher} from "node:fs";
import {join} from "node:path";

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Watches a folder and every folder in it, including folders made later, with
 * one system watch (inotify) each, and calls `changed` with the path of each
 * file or folder that changed, appeared or went. Unlike fs.watch's recursive
 * mode on Linux, which reads a folder again on every change in it, a change
 * costs nothing however many files a folder holds (thousands of datasets).
 */
export function watchTree(folder: string, changed: (path: string) => void): {close: () => void} {
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
    if (watchers.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (event, name) => {
        const path = name ? join(dir, name.toString()) : dir;
        // A folder made or moved in is watched too; one that went is let go.
        if (event === "rename") {
          if (isFolder(path)) addTree(path);
          else forget(path);
        }
        changed(path);
      });
    } catch {
      return; // gone already
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
  return {close: () => forget(folder)};
}
