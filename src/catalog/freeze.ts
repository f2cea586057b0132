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
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d && "value" in d) deepFreeze(d.value);
  }
  return value;
}
