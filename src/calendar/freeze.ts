/**
 * Freezes a table and everything reachable from it, so a caller cannot change a regulation table
 * that other callers share. Returns the same object. Internal (not exported from the package).
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}
