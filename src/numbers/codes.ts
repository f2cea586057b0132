/**
 * Coded answers: a unit cell such as `Không = 0 Có = 1` defines the codes a value cell may hold.
 * @module
 */
import { safeString } from "./decimal.js";
import { parseVietnameseNumber } from "./parse.js";
import type { BilingualMessage } from "./types.js";

/**
 * Mã trả lời: one code of a coded-answer list, e.g. `{ code: 1, label: "Có" }`.
 * @example
 * const e: CodeEntry = { code: 0, label: "Không" };
 */
export interface CodeEntry {
  /** The numeric code written in the value cell. */
  code: number;
  /** Its label as written (whitespace collapsed). */
  label: string;
}

/**
 * Mã lỗi danh sách mã: `"not-a-code-list"` (no `label = code` pairs, or leftover text),
 * `"duplicate-code"` (a code used twice), `"not-in-code-list"` (an answer matching no code),
 * `"not-an-answer"` (an answer that is neither a code nor a label).
 * @example
 * const c: CodeListErrorCode = "duplicate-code";
 */
export type CodeListErrorCode = "not-a-code-list" | "duplicate-code" | "not-in-code-list" | "not-an-answer";

/**
 * Lỗi danh sách mã: a typed failure of {@link parseCodeList} / {@link parseCodedAnswer}.
 * @example
 * parseCodeList("Văn bản"); // { ok: false, error: { code: "not-a-code-list", … } }
 */
export interface CodeListError {
  /** Stable machine-readable code. */
  code: CodeListErrorCode;
  /** Explanation in Vietnamese and English. */
  message: BilingualMessage;
  /** The input (first 50 characters). */
  input: string;
}

/**
 * Kết quả đọc danh sách mã.
 * @example
 * const r: ParseCodeListResult = parseCodeList("Không = 0 Có = 1");
 */
export type ParseCodeListResult =
  | {
      /** Success. */
      ok: true;
      /** The codes, in the order written. */
      value: CodeEntry[];
    }
  | {
      /** Failure. */
      ok: false;
      /** Why it failed (typed, bilingual). */
      error: CodeListError;
    };

/**
 * Kết quả đọc câu trả lời mã hóa: the chosen entry, or `null` when the cell is blank or `-` (not
 * reported — not the same as code 0).
 * @example
 * const r: ParseCodedAnswerResult = { ok: true, value: { code: 1, label: "Có" } };
 */
export type ParseCodedAnswerResult =
  | {
      /** Success. */
      ok: true;
      /** The chosen entry; null when blank or `-` (not reported). */
      value: CodeEntry | null;
    }
  | {
      /** Failure. */
      ok: false;
      /** Why it failed (typed, bilingual). */
      error: CodeListError;
    };

const MESSAGES: Record<CodeListErrorCode, BilingualMessage> = {
  "not-a-code-list": { vi: "không phải danh sách mã dạng “nhãn = mã”", en: "not a “label = code” list" },
  "duplicate-code": { vi: "một mã được dùng hai lần", en: "a code is used twice" },
  "not-in-code-list": { vi: "mã không có trong danh sách", en: "code not in the list" },
  "not-an-answer": { vi: "không phải mã cũng không phải nhãn", en: "neither a code nor a label" },
};

/**
 * @internal A written answer as compared with a code's label: NFC, trimmed, runs of spaces made one,
 * lower case. Lower case without a locale: Unicode's language-sensitive case mappings are for
 * Lithuanian, Turkish and Azeri only, so Vietnamese lowercases as the root locale does, at about a
 * quarter of `toLocaleLowerCase("vi")`'s cost (test/rules/case-folding.test.ts holds the two equal).
 */
export function answerKey(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

function fail(code: CodeListErrorCode, input: string): { ok: false; error: CodeListError } {
  return { ok: false, error: { code, message: MESSAGES[code], input: input.slice(0, 50) } };
}

const PAIR = /([^=\d;,]+?)\s*=\s*(\d{1,9})/gy;

/**
 * Đọc danh sách mã: parses a coded-answer unit such as `Không = 0 Có = 1`,
 * `Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2` or `Đã thực hiện = 1 Chưa thực hiện = 0` (stray spaces,
 * `;` or `,` between pairs accepted; strip HTML such as `<i>` first). Labels cannot contain digits or `=`.
 * Never throws.
 * @example
 * parseCodeList("Không = 0 Có = 1"); // { ok: true, value: [{ code: 0, label: "Không" }, { code: 1, label: "Có" }] }
 */
export function parseCodeList(text: string): ParseCodeListResult {
  if (typeof text !== "string" || text.length > 1000) return fail("not-a-code-list", safeString(text));
  const s = text.normalize("NFC").trim();
  const out: CodeEntry[] = [];
  PAIR.lastIndex = 0;
  let pos = 0;
  while (pos < s.length) {
    const sepLen = /^[\s;,]*/.exec(s.slice(pos))![0].length;
    pos += sepLen;
    if (pos >= s.length) break;
    PAIR.lastIndex = pos;
    const m = PAIR.exec(s);
    if (m === null) return fail("not-a-code-list", text);
    const label = m[1]!.trim().replace(/\s+/g, " ");
    if (label === "") return fail("not-a-code-list", text);
    const code = Number(m[2]);
    if (out.some((e) => e.code === code)) return fail("duplicate-code", text);
    out.push({ code, label });
    pos = PAIR.lastIndex;
  }
  if (out.length === 0) return fail("not-a-code-list", text);
  return { ok: true, value: out };
}

/**
 * Đọc câu trả lời mã hóa: reads a value cell against a code list — a number (`1`, `01`) or a label
 * (case-insensitive, `Có`). Blank or `-` gives `value: null` (not reported). Never throws.
 * @example
 * const list = [{ code: 0, label: "Không" }, { code: 1, label: "Có" }];
 * parseCodedAnswer("1", list); // { ok: true, value: { code: 1, label: "Có" } }
 * parseCodedAnswer("2", list); // { ok: false, error: { code: "not-in-code-list", … } }
 */
export function parseCodedAnswer(text: string, codeList: readonly CodeEntry[]): ParseCodedAnswerResult {
  if (typeof text !== "string") return fail("not-an-answer", safeString(text));
  const p = parseVietnameseNumber(text);
  if (p.ok && (p.value.kind === "blank" || p.value.kind === "none")) return { ok: true, value: null };
  if (p.ok && p.value.kind === "number" && !p.value.percent && p.value.unitWord === undefined) {
    if (p.value.decimals === 0 && !p.value.value.startsWith("-")) {
      const n = Number(p.value.value);
      const hit = codeList.find((e) => e.code === n);
      return hit ? { ok: true, value: { ...hit } } : fail("not-in-code-list", text);
    }
    return fail("not-in-code-list", text);
  }
  const key = answerKey(text);
  const hit = codeList.find((e) => e.label.normalize("NFC").toLowerCase() === key);
  return hit ? { ok: true, value: { ...hit } } : fail("not-an-answer", text);
}
