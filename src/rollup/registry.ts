/**
 * A registry of agencies as a tree with levels and validity dates, aliases, and merges — the tree valid
 * at a date is what a roll-up for a period uses (the 2025 reorganisation: no district level from
 * 2025-07-01; communes merged).
 * @module
 */
import type { Agency } from "../model/agency.js";
import { DISTRICT_LEVEL_ENDS } from "../model/primitives.js";

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
 * `ambiguous-alias`, `district-level-ended` (a district-level agency with no end date, or one after
 * 2025-06-30: the registry ends it on 2025-06-30, when the district level ended).
 * @example
 * const p: RegistryProblem = { code: "unknown-parent", id: "kh/x", message: { vi: "…", en: "…" } };
 */
export interface RegistryProblem {
  code:
    | "duplicate-id"
    | "unknown-parent"
    | "cycle"
    | "unknown-successor"
    | "ambiguous-alias"
    | "district-level-ended";
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
  /**
   * The agency `id` reports to on `at`: its nearest valid ancestor, through successors of ended ones;
   * for an agency that no longer exists on `at` but merged into one that does, that successor.
   */
  parentAt(id: string, at: string): string | undefined;
  /** Agencies valid on `at` whose parent on `at` is `id`. */
  childrenOf(id: string, options: { at: string }): Agency[];
  /** Agencies valid at some day of `[from, to]` whose parent on the day they are last valid in it is `id`. */
  childrenDuring(id: string, from: string, to: string): Agency[];
  /**
   * Đơn vị thuộc cấp trên trong kỳ: agencies valid at some day of `[from, to]` that report to `id` for
   * the period — those whose parent on their last day in it is `id`, and those whose parent then has
   * since merged into `id` (`via` names that ended parent: a merged province's departments count in
   * the successor's roll-up for the days before the merger).
   */
  unitsDuring(id: string, from: string, to: string): { agency: Agency; via?: string }[];
  /** The forest of agencies valid on `date`. */
  treeAt(date: string): AgencyTreeNode[];
  /** The tree under `id` on `date` (e.g. a province's agencies), or undefined when `id` is not valid then. */
  subtreeAt(id: string, date: string): AgencyTreeNode | undefined;
}

function norm(s: string): string {
  return s.normalize("NFC").replace(/\s+/g, "").toLowerCase();
}

const bi = (vi: string, en: string) => ({ vi, en });

/** The last day the district level existed (the day before {@link DISTRICT_LEVEL_ENDS}). */
const LAST_DISTRICT_DAY = "2025-06-30";

/**
 * Stage 1 of {@link createAgencyRegistry} — chỉ mục cơ quan: the agencies by id, in input order; a
 * duplicate id keeps the first (problem `duplicate-id`), rows without a string id are skipped. A
 * district-level agency with no end date, or one after 2025-06-30, is ended on 2025-06-30 (problem
 * `district-level-ended`): the district level ended then (Luật Tổ chức chính quyền địa phương 2025,
 * 72/2025/QH15: two-level local government from 2025-07-01 [secondary]).
 * @example
 * const { list, problems } = indexAgencies([
 *   { id: "a", name: "A", kind: "other", level: "province", aliases: [] },
 *   { id: "a", name: "A again", kind: "other", level: "province", aliases: [] },
 *   { id: "h", name: "UBND huyện", kind: "people-committee", level: "district", aliases: [] },
 * ]);
 * list.length; // 2
 * list[1]?.validTo; // "2025-06-30"
 * problems.map((p) => p.code); // ["duplicate-id", "district-level-ended"]
 */
export function indexAgencies(agencies: readonly Agency[]): {
  /** The kept agencies, in input order. */
  list: Agency[];
  /** The same by id. */
  byId: Map<string, Agency>;
  /** Duplicates and open district agencies. */
  problems: RegistryProblem[];
} {
  const problems: RegistryProblem[] = [];
  const byId = new Map<string, Agency>();
  const list: Agency[] = [];
  for (const raw of Array.isArray(agencies) ? agencies : []) {
    if (!raw || typeof raw.id !== "string") continue;
    if (byId.has(raw.id)) {
      problems.push({
        code: "duplicate-id",
        id: raw.id,
        message: bi(`mã cơ quan trùng: ${raw.id}`, `duplicate agency id: ${raw.id}`),
      });
      continue;
    }
    let a = raw;
    if (a.level === "district" && (a.validTo === undefined || a.validTo > LAST_DISTRICT_DAY)) {
      a = { ...a, validTo: LAST_DISTRICT_DAY };
      problems.push({
        code: "district-level-ended",
        id: a.id,
        message: bi(
          `cơ quan cấp huyện ${a.id} không có ngày kết thúc: coi như kết thúc 30/06/2025 (không còn cấp huyện từ ${DISTRICT_LEVEL_ENDS})`,
          `district-level agency ${a.id} has no end date: ended on 2025-06-30 (no district level from ${DISTRICT_LEVEL_ENDS})`,
        ),
      });
    }
    byId.set(a.id, a);
    list.push(a);
  }
  return { list, byId, problems };
}

/**
 * Stage 2 of {@link createAgencyRegistry} — liên kết cấp trên: each agency's parent id; an unknown
 * parent makes the agency a root (problem `unknown-parent`), a parent cycle is cut at the agency where
 * it is found (problem `cycle`).
 * @example
 * const { byId, list } = indexAgencies([
 *   { id: "a", name: "A", kind: "other", level: "province", aliases: [], parent: "b" },
 *   { id: "b", name: "B", kind: "other", level: "province", aliases: [], parent: "a" },
 * ]);
 * linkParents(list, byId).problems.map((p) => p.code); // ["cycle"]
 */
export function linkParents(
  list: readonly Agency[],
  byId: ReadonlyMap<string, Agency>,
): {
  /** Agency id → parent id (roots and cut cycles absent). */
  parent: Map<string, string>;
  /** Unknown parents and cycles. */
  problems: RegistryProblem[];
} {
  const problems: RegistryProblem[] = [];
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
  return { parent, problems };
}

/**
 * Stage 3 of {@link createAgencyRegistry} — liên kết sáp nhập: the successor map, keeping only merges
 * between known agencies (problem `unknown-successor` otherwise).
 * @example
 * const { byId } = indexAgencies([{ id: "a", name: "A", kind: "other", level: "province", aliases: [] }]);
 * linkSuccessors({ a: "zz" }, byId).problems.map((p) => p.code); // ["unknown-successor"]
 */
export function linkSuccessors(
  mergedInto: Readonly<Record<string, string>> | undefined,
  byId: ReadonlyMap<string, Agency>,
): {
  /** Ended agency id → successor id. */
  merged: Map<string, string>;
  /** Merges naming an unknown agency. */
  problems: RegistryProblem[];
} {
  const problems: RegistryProblem[] = [];
  const merged = new Map<string, string>();
  for (const [from, to] of Object.entries(mergedInto ?? {})) {
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
  return { merged, problems };
}

/**
 * Stage 4 of {@link createAgencyRegistry} — chỉ mục tên: ids, then symbols and aliases, normalised
 * (NFC, no spaces, lower case); a symbol naming two agencies keeps the first (problem
 * `ambiguous-alias`). `lookup` returns the agency a name means.
 * @example
 * const { list } = indexAgencies([
 *   { id: "kh/skhcn", name: "Sở KH&CN", symbol: "SKHCN", aliases: ["SKHHCN"], kind: "specialised-agency", level: "province" },
 * ]);
 * indexNames(list).lookup(" skhhcn ")?.id; // "kh/skhcn"
 */
export function indexNames(list: readonly Agency[]): {
  /** The agency a name (id, symbol or alias) means, if any. */
  lookup: (name: string) => Agency | undefined;
  /** Ambiguous symbols. */
  problems: RegistryProblem[];
} {
  const problems: RegistryProblem[] = [];
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
  const lookup = (name: string): Agency | undefined => {
    if (typeof name !== "string") return undefined;
    const k = norm(name);
    return names.get(k) ?? aliasNames.get(k);
  };
  return { lookup, problems };
}

/**
 * Tạo sổ cơ quan: builds an {@link AgencyRegistry} from agencies (parsed with `AgencySchema`) and an
 * optional successor map for merged units, in stages a reader can test alone: {@link indexAgencies},
 * {@link linkParents}, {@link linkSuccessors}, {@link indexNames}, then the date queries. Bad input is
 * reported in `problems`, never thrown: a duplicate id keeps the first, an unknown parent makes the
 * agency a root, a parent cycle is cut, a district-level agency ends on 2025-06-30.
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
  const { list, byId, problems: p1 } = indexAgencies(agencies);
  const { parent, problems: p2 } = linkParents(list, byId);
  const { merged, problems: p3 } = linkSuccessors(options?.mergedInto, byId);
  const { lookup, problems: p4 } = indexNames(list);
  const problems = [...p1, ...p2, ...p3, ...p4];

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
  /** `id` itself while valid on `at`, else its successor when that is valid on `at`. */
  const answering = (id: string, at: string): string | undefined => {
    if (isValidAt(id, at)) return id;
    const s = successorOf(id);
    return s !== undefined && isValidAt(s, at) ? s : undefined;
  };
  const ancestorAt = (id: string, at: string): string | undefined => {
    let p = parent.get(id);
    const seen = new Set<string>();
    while (p !== undefined && !seen.has(p)) {
      seen.add(p);
      const a = answering(p, at);
      if (a !== undefined) return a;
      p = parent.get(p);
    }
    return undefined;
  };
  const parentAt = (id: string, at: string): string | undefined => {
    if (!isValidAt(id, at)) {
      const s = successorOf(id);
      if (s !== undefined && isValidAt(s, at)) return s;
    }
    return ancestorAt(id, at);
  };
  const lastDayIn = (a: Agency, to: string): string =>
    a.validTo !== undefined && a.validTo < to ? a.validTo : to;
  const childrenDuring = (id: string, from: string, to: string): Agency[] =>
    list.filter((a) => overlaps(a.id, from, to) && ancestorAt(a.id, lastDayIn(a, to)) === id);
  const unitsDuring = (id: string, from: string, to: string): { agency: Agency; via?: string }[] => {
    const out: { agency: Agency; via?: string }[] = [];
    for (const a of list) {
      if (!overlaps(a.id, from, to)) continue;
      const owner = ancestorAt(a.id, lastDayIn(a, to));
      if (owner === undefined) continue;
      if (owner === id) out.push({ agency: a });
      else if (!isValidAt(owner, to) && answering(owner, to) === id) out.push({ agency: a, via: owner });
    }
    return out;
  };
  const childrenOf = (id: string, o: { at: string }): Agency[] =>
    list.filter((a) => isValidAt(a.id, o.at) && ancestorAt(a.id, o.at) === id);
  const build = (a: Agency, date: string, depth: number): AgencyTreeNode => ({
    agency: a,
    children: depth > 50 ? [] : childrenOf(a.id, { at: date }).map((c) => build(c, date, depth + 1)),
  });
  const treeAt = (date: string): AgencyTreeNode[] =>
    list
      .filter((a) => isValidAt(a.id, date) && ancestorAt(a.id, date) === undefined)
      .map((a) => build(a, date, 0));
  const subtreeAt = (id: string, date: string): AgencyTreeNode | undefined => {
    const a = byId.get(id);
    return a && isValidAt(id, date) ? build(a, date, 0) : undefined;
  };
  return {
    agencies: list,
    problems,
    get: (id) => byId.get(id),
    resolve: lookup,
    isValidAt,
    overlaps,
    successorOf,
    parentAt,
    childrenOf,
    childrenDuring,
    unitsDuring,
    treeAt,
    subtreeAt,
  };
}
