/**
 * What a computation read from the site's maps and sets, so that its result
 * can be reused by a later load of the site while every value it read is still
 * the same (the dev server's reload after one file changed, or one file's
 * correction). A value is compared by identity where loads keep unchanged
 * objects (sources, datasets, chart models), else by its JSON.
 */
export type Fingerprint = (value: unknown) => unknown;
export const byIdentity: Fingerprint = (value) => value;
export const byValue: Fingerprint = (value) => (value === undefined ? undefined : JSON.stringify(value));

type Collection = ReadonlyMap<unknown, unknown> | ReadonlySet<unknown>;
const iterating = new Set<PropertyKey>(["values", "keys", "entries", "forEach", "size", Symbol.iterator]);

export class ReadLog {
  private readonly reads: {name: string; how: "get" | "has"; key: unknown; print: unknown}[] = [];
  private readonly wholes: {name: string; keysOnly: boolean; print: string}[] = [];
  private readonly prints = new Map<string, Fingerprint>();

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
            this.reads.push({name, how: property, key, print: property === "has" ? answer : print(answer)});
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
    for (const {name, keysOnly, print} of this.wholes) if (whole(now[name]!, this.prints.get(name)!, keysOnly) !== print) return false;
    for (const {name, how, key, print} of this.reads) {
      const collection = now[name]!;
      const answer = how === "has" ? collection.has(key) : this.prints.get(name)!("get" in collection ? collection.get(key) : undefined);
      if (answer !== print) return false;
    }
    return true;
  }
}

const whole = (collection: Collection, print: Fingerprint, keysOnly: boolean) =>
  JSON.stringify(keysOnly ? [...collection.keys()] : [...collection.entries()].map(([key, value]) => [key, print(value) === value ? identityOf(value) : print(value)]));

// Objects compared by identity get a number each, so a whole collection can be written down as text.
const identities = new WeakMap<object, number>();
let nextIdentity = 0;
function identityOf(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  let id = identities.get(value);
  if (id === undefined) identities.set(value, (id = nextIdentity++));
  return `#${id}`;
}

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
