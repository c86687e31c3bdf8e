// Immutability for the loaded model: the engine shares one model across requests and a hot
// reload swaps it whole, so nothing may mutate it in place.

/** Freezes a value and everything reachable from it (plain objects and arrays). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    // Walked without Object.values: an array per object would be ~100 MB of garbage at 100k records.
    if (Array.isArray(value)) for (const v of value) deepFreeze(v);
    else for (const k in value) deepFreeze((value as Record<string, unknown>)[k]);
  }
  return value;
}

function refuse(): never {
  throw new TypeError("the knowledge model is read-only");
}

/** A Map whose set/delete/clear throw; `Object.freeze` alone does not protect a Map's entries. */
export function frozenMap<K, V>(map: Map<K, V>): ReadonlyMap<K, V> {
  for (const method of ["set", "delete", "clear"]) {
    Object.defineProperty(map, method, { value: refuse, enumerable: false });
  }
  return Object.freeze(map);
}
