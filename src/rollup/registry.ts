/**
 * A registry of agencies as a tree with levels and validity dates, aliases, and merges — the tree valid
 * at a date is what a roll-up for a period uses (the 2025 reorganisation: no district level from
 * 2025-07-01; communes merged).
 * @module
 */
import type { Agency } from "../model/agency.js";

/**
 * Đầu vào sổ cơ quan: options of {@link createAgencyRegistry}. `mergedInto` maps an agency that ended
 * by merging (sáp nhập) to its successor's id; the ended agency keeps its `validTo`.
 * @example
 * const o: AgencyRegistryOptions = { mergedInto: { "kh/xa-a": "kh/xa-ab", "kh/xa-b": "kh/xa-ab" } };
 */
export interface AgencyRegistryOptions {
  mergedInto?: Record<string, string>;
}

/**
 * Vấn đề của sổ cơ quan: a problem found while building a registry (the agency concerned is kept when
 * it can be; nothing throws). Codes: `duplicate-id`, `unknown-parent`, `cycle`, `unknown-successor`,
 * `ambiguous-alias`.
 * @example
 * const p: RegistryProblem = { code: "unknown-parent", id: "kh/x", message: { vi: "…", en: "…" } };
 */
export interface RegistryProblem {
  code: "duplicate-id" | "unknown-parent" | "cycle" | "unknown-successor" | "ambiguous-alias";
  id: string;
  message: { vi: string; en: string };
}

/**
 * Nút cây cơ quan: one agency in the tree valid at a date, with its children at that date.
 * @example
 * registry.treeAt("2025-07-01")[0]?.children.length; // 3
 */
export interface AgencyTreeNode {
  agency: Agency;
  children: AgencyTreeNode[];
}

/**
 * Sổ cơ quan: the agencies as a tree. `childrenOf(id, { at })` returns the agencies valid at `at` whose
 * nearest valid ancestor is `id` — children of an agency that ended (a district after 2025-07-01) are
 * lifted to the ended agency's successor when it has one, else to its own nearest valid ancestor.
 * @example
 * const reg = createAgencyRegistry(agencies);
 * reg.childrenOf("khanh-hoa", { at: "2022-06-30" }).map((a) => a.id); // ["khanh-hoa/skhcn", "khanh-hoa/stp", "khanh-hoa/sxd"]
 */
export interface AgencyRegistry {
  /** Every agency, in input order. */
  readonly agencies: readonly Agency[];
  /** Problems found in the input. */
  readonly problems: readonly RegistryProblem[];
  /** The agency with this id. */
  get(id: string): Agency | undefined;
  /** The agency an id, symbol or alias names (case- and space-insensitive; ids first, then symbols, then aliases). */
  resolve(name: string): Agency | undefined;
  /** Whether the agency exists on `date`. */
  isValidAt(id: string, date: string): boolean;
  /** Whether the agency exists at some day of `[from, to]`. */
  overlaps(id: string, from: string, to: string): boolean;
  /** The agency an ended agency merged into (following a chain of merges), if any. */
  successorOf(id: string): string | undefined;
  /** The agency `id` reports to on `at` (its nearest valid ancestor, through successors of ended ones). */
  parentAt(id: string, at: string): string | undefined;
  /** Agencies valid on `at` whose parent on `at` is `id`. */
  childrenOf(id: string, options: { at: string }): Agency[];
  /** Agencies valid at some day of `[from, to]` whose parent on the day they are last valid in it is `id`. */
  childrenDuring(id: string, from: string, to: string): Agency[];
  /** The forest of agencies valid on `date`. */
  treeAt(date: string): AgencyTreeNode[];
}

function norm(s: string): string {
  return s.normalize("NFC").replace(/\s+/g, "").toLowerCase();
}

const bi = (vi: string, en: string) => ({ vi, en });

/**
 * Tạo sổ cơ quan: builds an {@link AgencyRegistry} from agencies (parsed with `AgencySchema`) and an
 * optional successor map for merged units. Bad input is reported in `problems`, never thrown: a duplicate
 * id keeps the first, an unknown parent makes the agency a root, a parent cycle is cut.
 * @example
 * const reg = createAgencyRegistry(
 *   [
 *     { id: "kh", name: "UBND tỉnh Khánh Hòa", kind: "people-committee", level: "province", aliases: [] },
 *     { id: "kh/skhcn", name: "Sở KH&CN", symbol: "SKHCN", aliases: ["SKHHCN"], kind: "specialised-agency", level: "province", parent: "kh" },
 *   ],
 * );
 * reg.resolve("skhhcn")?.id; // "kh/skhcn"
 */
export function createAgencyRegistry(
  agencies: readonly Agency[],
  options: AgencyRegistryOptions = {},
): AgencyRegistry {
  const problems: RegistryProblem[] = [];
  const byId = new Map<string, Agency>();
  const list: Agency[] = [];
  for (const a of Array.isArray(agencies) ? agencies : []) {
    if (!a || typeof a.id !== "string") continue;
    if (byId.has(a.id)) {
      problems.push({
        code: "duplicate-id",
        id: a.id,
        message: bi(`mã cơ quan trùng: ${a.id}`, `duplicate agency id: ${a.id}`),
      });
      continue;
    }
    byId.set(a.id, a);
    list.push(a);
  }
  const parent = new Map<string, string>();
  for (const a of list) {
    if (a.parent === undefined) continue;
    if (!byId.has(a.parent)) {
      problems.push({
        code: "unknown-parent",
        id: a.id,
        message: bi(`cơ quan cấp trên không có trong sổ: ${a.parent}`, `unknown parent agency: ${a.parent}`),
      });
      continue;
    }
    parent.set(a.id, a.parent);
  }
  // cut cycles
  for (const a of list) {
    const seen = new Set<string>([a.id]);
    let p = parent.get(a.id);
    while (p !== undefined) {
      if (seen.has(p)) {
        problems.push({
          code: "cycle",
          id: a.id,
          message: bi(`vòng lặp cấp trên tại ${a.id}`, `parent cycle at ${a.id}`),
        });
        parent.delete(a.id);
        break;
      }
      seen.add(p);
      p = parent.get(p);
    }
  }
  const merged = new Map<string, string>();
  for (const [from, to] of Object.entries(options.mergedInto ?? {})) {
    if (!byId.has(to) || !byId.has(from)) {
      problems.push({
        code: "unknown-successor",
        id: from,
        message: bi(
          `sáp nhập với cơ quan không có trong sổ: ${from} → ${to}`,
          `merge names an unknown agency: ${from} → ${to}`,
        ),
      });
      continue;
    }
    merged.set(from, to);
  }
  const names = new Map<string, Agency>();
  const aliasNames = new Map<string, Agency>();
  for (const a of list) names.set(norm(a.id), a);
  for (const a of list) {
    for (const s of [a.symbol, ...(a.aliases ?? [])]) {
      if (!s) continue;
      const k = norm(s);
      if (names.has(k)) continue;
      const prev = aliasNames.get(k);
      if (prev && prev.id !== a.id) {
        problems.push({
          code: "ambiguous-alias",
          id: a.id,
          message: bi(
            `ký hiệu ${s} dùng cho cả ${prev.id} và ${a.id}`,
            `symbol ${s} names both ${prev.id} and ${a.id}`,
          ),
        });
        continue;
      }
      aliasNames.set(k, a);
    }
  }
  const isValidAt = (id: string, date: string): boolean => {
    const a = byId.get(id);
    if (!a) return false;
    return (
      (a.validFrom === undefined || a.validFrom <= date) && (a.validTo === undefined || date <= a.validTo)
    );
  };
  const overlaps = (id: string, from: string, to: string): boolean => {
    const a = byId.get(id);
    if (!a) return false;
    return (a.validFrom === undefined || a.validFrom <= to) && (a.validTo === undefined || from <= a.validTo);
  };
  const successorOf = (id: string): string | undefined => {
    let cur = merged.get(id);
    const seen = new Set<string>([id]);
    while (cur !== undefined && merged.has(cur) && !seen.has(cur)) {
      seen.add(cur);
      cur = merged.get(cur);
    }
    return cur;
  };
  const parentAt = (id: string, at: string): string | undefined => {
    let p = parent.get(id);
    const seen = new Set<string>();
    while (p !== undefined && !seen.has(p)) {
      seen.add(p);
      if (isValidAt(p, at)) return p;
      const s = successorOf(p);
      if (s !== undefined && isValidAt(s, at)) return s;
      p = parent.get(p);
    }
    return undefined;
  };
  const lastDayIn = (a: Agency, to: string): string =>
    a.validTo !== undefined && a.validTo < to ? a.validTo : to;
  const childrenDuring = (id: string, from: string, to: string): Agency[] =>
    list.filter((a) => overlaps(a.id, from, to) && parentAt(a.id, lastDayIn(a, to)) === id);
  const childrenOf = (id: string, o: { at: string }): Agency[] =>
    list.filter((a) => isValidAt(a.id, o.at) && parentAt(a.id, o.at) === id);
  const treeAt = (date: string): AgencyTreeNode[] => {
    const build = (a: Agency, depth: number): AgencyTreeNode => ({
      agency: a,
      children: depth > 50 ? [] : childrenOf(a.id, { at: date }).map((c) => build(c, depth + 1)),
    });
    return list
      .filter((a) => isValidAt(a.id, date) && parentAt(a.id, date) === undefined)
      .map((a) => build(a, 0));
  };
  return {
    agencies: list,
    problems,
    get: (id) => byId.get(id),
    resolve: (name) => {
      if (typeof name !== "string") return undefined;
      const k = norm(name);
      return names.get(k) ?? aliasNames.get(k);
    },
    isValidAt,
    overlaps,
    successorOf,
    parentAt,
    childrenOf,
    childrenDuring,
    treeAt,
  };
}
