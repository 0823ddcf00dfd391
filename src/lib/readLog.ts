import {createHash} from "node:crypto";

/**
 * What a computation read from the site's maps and sets, so that its result
 * can be reused by a later load of the site while every value it read is still
 * the same (the dev server's reload after one file changed, one file's
 * correction, or a later process, from a log kept on disk: see DiskMemo). A
 * value is written down by a print of its contents, never by identity, so a
 * log means the same in another process.
 */
export type Fingerprint = (value: unknown) => unknown;
/** For strings (a set of ids) and other plain values: the value itself. */
export const byIdentity: Fingerprint = (value) => value;
export const byValue: Fingerprint = (value) => (value === undefined ? undefined : JSON.stringify(value));

// A loaded object is not changed afterwards (a change to a file makes a new one), so its print is made once.
const digests = new WeakMap<object, string>();
/** For objects kept while unchanged (sources, datasets): a hash of their JSON, made once per object. */
export const byContent: Fingerprint = (value) => {
  if (typeof value !== "object" || value === null) return byValue(value);
  let digest = digests.get(value);
  if (digest === undefined) digests.set(value, (digest = createHash("sha1").update(JSON.stringify(value)).digest("base64")));
  return digest;
};

type Collection = ReadonlyMap<unknown, unknown> | ReadonlySet<unknown>;
const iterating = new Set<PropertyKey>(["values", "keys", "entries", "forEach", "size", Symbol.iterator]);

/** A log as JSON, to keep on disk; read back by `ReadLog.fromJSON` with the same prints by name. */
export interface SavedLog {
  reads: {name: string; how: "get" | "has"; key: unknown; print: unknown}[];
  wholes: {name: string; keysOnly: boolean; print: string}[];
}

export class ReadLog {
  private readonly reads: SavedLog["reads"] = [];
  private readonly wholes: SavedLog["wholes"] = [];
  private readonly prints = new Map<string, Fingerprint>();
  // Reads written down already (a dataset asks for its source once per row).
  private readonly seen = new Set<string>();

  /** A log kept by `toJSON`, asked with `prints` (each collection's, by the name it was tracked under). */
  static fromJSON(saved: SavedLog, prints: Readonly<Record<string, Fingerprint>>): ReadLog {
    const log = new ReadLog();
    log.reads.push(...saved.reads);
    log.wholes.push(...saved.wholes);
    for (const [name, print] of Object.entries(prints)) log.prints.set(name, print);
    return log;
  }

  toJSON(): SavedLog {
    return {reads: this.reads, wholes: this.wholes};
  }

  /** `map` as the computation sees it: every get, has and iteration is written down. */
  map<K, V>(name: string, map: ReadonlyMap<K, V>, print: Fingerprint): ReadonlyMap<K, V> {
    return this.track(name, map, print) as ReadonlyMap<K, V>;
  }

  /** `set` as the computation sees it: what it asks of it is written down; what it adds passes through. */
  set<S extends ReadonlySet<unknown>>(name: string, set: S): S {
    return this.track(name, set, byIdentity) as S;
  }

  private track(name: string, collection: Collection, print: Fingerprint): Collection {
    this.prints.set(name, print);
    return new Proxy(collection, {
      get: (target, property) => {
        const member = Reflect.get(target, property, target) as unknown;
        if (property === "get" || property === "has") {
          return (key: unknown) => {
            const answer = (member as (key: unknown) => unknown).call(target, key);
            // The first answer only: a later one may follow the computation's own adds (a row it found broken).
            const read = `${name}\0${property}\0${typeof key}\0${String(key)}`;
            if (!this.seen.has(read)) {
              this.seen.add(read);
              this.reads.push({name, how: property, key, print: property === "has" ? answer : print(answer)});
            }
            return answer;
          };
        }
        // Its keys alone ("which sources are there"), or all of it.
        if (iterating.has(property)) this.wholes.push({name, keysOnly: property === "keys", print: whole(target, print, property === "keys")});
        return typeof member === "function" ? (member as (...args: unknown[]) => unknown).bind(target) : member;
      },
    });
  }

  /** Whether every read gives the same answer from these collections (by the names given when tracked). */
  holds(now: Readonly<Record<string, Collection>>): boolean {
    for (const {name, keysOnly, print} of this.wholes) {
      const collection = now[name];
      const printer = this.prints.get(name);
      if (!collection || !printer || whole(collection, printer, keysOnly) !== print) return false;
    }
    for (const {name, how, key, print} of this.reads) {
      const collection = now[name];
      const printer = this.prints.get(name);
      if (!collection || !printer) return false;
      const answer = how === "has" ? collection.has(key) : printer("get" in collection ? collection.get(key) : undefined);
      if (answer !== print) return false;
    }
    return true;
  }
}

const whole = (collection: Collection, print: Fingerprint, keysOnly: boolean) =>
  JSON.stringify(keysOnly ? [...collection.keys()] : [...collection.entries()].map(([key, value]) => [key, print(value)]));

/** `set` as a computation sees it, with what it adds also written into `added`, to be added again when its result is reused. */
export function notingAdds<K>(set: Set<K>, added: Set<K>): Set<K> {
  return new Proxy(set, {
    get: (target, property) => {
      if (property === "add") return (key: K) => (added.add(key), target.add(key));
      const member = Reflect.get(target, property, target) as unknown;
      return typeof member === "function" ? (member as (...args: unknown[]) => unknown).bind(target) : member;
    },
  });
}
