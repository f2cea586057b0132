/**
 * Deep freezing of the library's exported data tables (no imports: every area may use it).
 * @module
 */

/**
 * Đóng băng sâu: freezes `value` and every array and plain object reachable from it, in place, and
 * returns it. Strings, numbers and other primitives are left as they are. Frozen data cannot be changed:
 * in strict mode (every ES module) an assignment throws a `TypeError`.
 * @example
 * const t = deepFreeze({ rows: [{ id: "1" }] });
 * Object.isFrozen(t.rows[0]); // true
 */
export function deepFreeze<T>(value: T): T {
  freezeAll(value, new WeakSet());
  return value;
}

/** Freezes every object reachable through data properties, even under an already frozen one. */
function freezeAll(value: unknown, seen: WeakSet<object>): void {
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  Object.freeze(value);
  // an accessor's descriptor has no `value`: its getter is never called
  for (const key of Reflect.ownKeys(value))
    freezeAll(Object.getOwnPropertyDescriptor(value, key)?.value, seen);
}
