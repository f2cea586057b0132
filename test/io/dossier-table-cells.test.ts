import { describe, expect, it } from "vitest";
import { importDossierTable } from "../../src/io/index.js";

function ok(text: string, options = {}) {
  const r = importDossierTable(text, options);
  if (!r.ok) throw new Error(r.error.message.en);
  return r;
}

/** The one row read from a cell under "Đã giải quyết" (beside a "Quá hạn" of 1), and the findings. */
function count(cell: string) {
  const r = ok(`Đơn vị\tĐã giải quyết\tQuá hạn\nA\t${cell}\t1`);
  expect(r.rows).toHaveLength(1);
  const { resolvedLate, ...row } = r.rows[0]!;
  expect(resolvedLate).toBe(1);
  return { row, rules: r.findings.map((f) => f.rule) };
}

/** The one row read from a cell under "Tỷ lệ đúng hạn", and the findings. */
function rate(cell: string) {
  const r = ok(`Đơn vị\tĐã giải quyết\tTỷ lệ đúng hạn\nA\t10\t${cell}`);
  return { row: r.rows[0], rules: r.findings.map((f) => f.rule) };
}

describe("importDossierTable: count cells", () => {
  it("whole counts, with thousands dots, with 'hồ sơ' / 'hs' after them, or written ',00'", () => {
    expect(count("1.250")).toStrictEqual({ row: { unit: "A", resolved: 1250 }, rules: [] });
    expect(count("12 hồ sơ")).toStrictEqual({ row: { unit: "A", resolved: 12 }, rules: [] });
    expect(count("12 HS")).toStrictEqual({ row: { unit: "A", resolved: 12 }, rules: [] });
    expect(count("12hs")).toStrictEqual({ row: { unit: "A", resolved: 12 }, rules: [] });
    expect(count("12,00")).toStrictEqual({ row: { unit: "A", resolved: 12 }, rules: [] });
    expect(count("0")).toStrictEqual({ row: { unit: "A", resolved: 0 }, rules: [] });
  });
  it("'-' and blank are no figure and no finding", () => {
    expect(count("-")).toStrictEqual({ row: { unit: "A" }, rules: [] });
    const r = ok("Đơn vị\tĐã giải quyết\tQuá hạn\nA\t\t2");
    expect(r.rows).toStrictEqual([{ unit: "A", resolvedLate: 2 }]);
    expect(r.findings).toEqual([]);
  });
  it("a rate, a fraction, a negative number, a unit or an overlong number is no count", () => {
    for (const cell of ["12%", "3/4", "-3", "12 TTHC", "99999999999999999999", "mười"]) {
      expect(count(cell), cell).toStrictEqual({ row: { unit: "A" }, rules: ["import.unreadable-cell"] });
    }
  });
  it("a count that is not whole is an error", () => {
    expect(count("12,5")).toStrictEqual({ row: { unit: "A" }, rules: ["structure.not-whole"] });
    expect(count("12,50")).toStrictEqual({ row: { unit: "A" }, rules: ["structure.not-whole"] });
  });
  it("two columns read as the same count: the later one is kept; within-the-deadline parts add up", () => {
    const same = ok("Đơn vị\tTiếp nhận mới\tSố hồ sơ mới tiếp nhận\nA\t10\t12");
    expect(same.rows).toStrictEqual([{ unit: "A", received: 12 }]);
    const parts = ok("Đơn vị\tĐang xử lý\tSắp trễ\tChưa đến\tTrễ\nA\t20\t3\t15\t2");
    expect(parts.rows).toStrictEqual([
      { unit: "A", pending: 20, pendingWithinDeadline: 18, pendingOverdue: 2 },
    ]);
  });
  it("cells padded with spaces are read as their figures", () => {
    const r = ok("Đơn vị;Đã giải quyết;Quá hạn\n  Sở A  ; 12 ;  1\n");
    expect(r.rows).toStrictEqual([{ unit: "Sở A", resolved: 12, resolvedLate: 1 }]);
  });
});

describe("importDossierTable: rate cells", () => {
  it("with or without '%', comma decimals", () => {
    expect(rate("98,5%").row).toStrictEqual({ unit: "A", resolved: 10, onTimeRate: "98.5" });
    expect(rate("98,5").row).toStrictEqual({ unit: "A", resolved: 10, onTimeRate: "98.5" });
  });
  it("'-' and blank are no rate and no finding", () => {
    expect(rate("-")).toStrictEqual({ row: { unit: "A", resolved: 10 }, rules: [] });
    expect(rate("")).toStrictEqual({ row: { unit: "A", resolved: 10 }, rules: [] });
  });
  it("a negative rate, a fraction or a word is unreadable", () => {
    for (const cell of ["-5%", "3/4", "cao"]) {
      expect(rate(cell), cell).toStrictEqual({
        row: { unit: "A", resolved: 10 },
        rules: ["import.unreadable-cell"],
      });
    }
  });
  it("a blank or unreadable share cell adds no share", () => {
    const r = ok("Đơn vị\tTrực tuyến\t%\nA\t4\t\nB\t4\tx");
    expect(r.rows).toStrictEqual([
      { unit: "A", receivedOnline: 4 },
      { unit: "B", receivedOnline: 4 },
    ]);
    expect(r.findings.map((f) => [f.rule, f.code])).toEqual([["import.unreadable-cell", "receivedOnline"]]);
  });
});

describe("importDossierTable: findings, in Vietnamese by default and in English", () => {
  const text = "Đơn vị\tĐã giải quyết\tQuá hạn\tTỷ lệ đúng hạn\nSở A\t12,5\tmột\t9x%";
  it("a count that is not whole", () => {
    for (const [lang, message] of [
      [undefined, 'Sở A: Đã giải quyết ghi "12,5" (dòng 2) — số hồ sơ phải là số nguyên: để trống.'],
      ["vi", 'Sở A: Đã giải quyết ghi "12,5" (dòng 2) — số hồ sơ phải là số nguyên: để trống.'],
      ["en", 'Sở A: Đã giải quyết reads "12,5" (line 2) — a count must be whole: left blank.'],
    ] as const) {
      const f = ok(text, lang ? { lang } : {}).findings[0];
      expect(f).toEqual({
        rule: "structure.not-whole",
        severity: "error",
        code: "resolved",
        codes: ["resolved"],
        message,
        messages: {
          vi: 'Sở A: Đã giải quyết ghi "12,5" (dòng 2) — số hồ sơ phải là số nguyên: để trống.',
          en: 'Sở A: Đã giải quyết reads "12,5" (line 2) — a count must be whole: left blank.',
        },
        source: "import",
        actual: { value: "12,5" },
      });
    }
  });
  it("unreadable count and rate cells name the cell, the column and the line", () => {
    const [, count, rate] = ok(text, { lang: "en" }).findings;
    expect(count).toEqual({
      rule: "import.unreadable-cell",
      severity: "warning",
      code: "resolvedLate",
      codes: ["resolvedLate"],
      message: 'Sở A: cell "một" in column "Quá hạn" (line 2) cannot be read: ignored.',
      messages: {
        vi: 'Sở A: ô "một" ở cột "Quá hạn" (dòng 2) không đọc được: bỏ qua.',
        en: 'Sở A: cell "một" in column "Quá hạn" (line 2) cannot be read: ignored.',
      },
      source: "import",
      actual: { value: "một" },
    });
    expect(rate).toMatchObject({
      rule: "import.unreadable-cell",
      code: "onTimeRate",
      message: 'Sở A: cell "9x%" in column "Tỷ lệ đúng hạn" (line 2) cannot be read: ignored.',
    });
  });
  it("an unreadable share cell is reported under the count it is a share of", () => {
    const r = ok("\nĐơn vị\tTiếp nhận\t\n\tTrực tuyến\t%\nSở B\t4\tnhiều");
    expect(r.findings).toEqual([
      expect.objectContaining({
        rule: "import.unreadable-cell",
        code: "receivedOnline",
        message: 'Sở B: ô "nhiều" ở cột "Tiếp nhận / %" (dòng 4) không đọc được: bỏ qua.',
      }),
    ]);
  });
  it("a scaled count gives its precision: ± 5 for thousands, ± 50 000 for '1,2 triệu'", () => {
    const r = ok("Đơn vị\tTiếp nhận mới\tĐã giải quyết\nToàn tỉnh\t4,52 ngàn\t1,2 triệu", { lang: "en" });
    expect(r.findings).toEqual([
      {
        rule: "import.scaled-count",
        severity: "info",
        code: "received",
        codes: ["received"],
        message: 'Toàn tỉnh: "4,52 ngàn" read as 4520 ± 5 (a rounded figure).',
        messages: {
          vi: 'Toàn tỉnh: "4,52 ngàn" đọc là 4520 ± 5 (số đã làm tròn).',
          en: 'Toàn tỉnh: "4,52 ngàn" read as 4520 ± 5 (a rounded figure).',
        },
        source: "import",
        actual: { value: "4520", decimals: -1 },
      },
      expect.objectContaining({
        code: "resolved",
        messages: {
          vi: 'Toàn tỉnh: "1,2 triệu" đọc là 1200000 ± 50000 (số đã làm tròn).',
          en: 'Toàn tỉnh: "1,2 triệu" read as 1200000 ± 50000 (a rounded figure).',
        },
        actual: { value: "1200000", decimals: -5 },
      }),
    ]);
  });
  it("an unknown column names its header and its place", () => {
    const r = ok("Đơn vị\tĐã giải quyết\tGhi chú nội bộ\nA\t1\t", { lang: "en" });
    expect(r.findings).toEqual([
      {
        rule: "import.unmatched-column",
        severity: "info",
        code: null,
        codes: [],
        message: 'Column "Ghi chú nội bộ" (column 3) is not a known dossier flow: ignored.',
        messages: {
          vi: 'Cột "Ghi chú nội bộ" (cột 3) không phải luồng hồ sơ đã biết: bỏ qua.',
          en: 'Column "Ghi chú nội bộ" (column 3) is not a known dossier flow: ignored.',
        },
        source: "import",
      },
    ]);
  });
});

describe("importDossierTable: refusals", () => {
  it("an unknown profile names the known ones", () => {
    const r = importDossierTable("Đã giải quyết\tQuá hạn\n1\t2", { profile: "x" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("unknown-profile");
    expect(r.error.message.vi).toMatch(/^không có cách tính tỷ lệ đúng hạn "x" \(có: template, .+\)$/);
    expect(r.error.message.en).toMatch(/^unknown on-time-rate profile "x" \(known: template, .+\)$/);
    expect(r.error.message.en).toContain("portal-late-share");
  });
  it("an empty text, or no text at all", () => {
    const empty = { ok: false, error: { code: "empty", message: { vi: "bảng trống", en: "empty table" } } };
    expect(importDossierTable("")).toStrictEqual(empty);
    expect(importDossierTable(" \r\n\t\n")).toStrictEqual(empty);
    expect(importDossierTable(undefined as unknown as string)).toStrictEqual(empty);
    expect(importDossierTable(42 as unknown as string)).toStrictEqual(empty);
  });
  it("a text with no dossier header", () => {
    expect(importDossierTable("Họ tên\tTuổi\nAn\t30")).toStrictEqual({
      ok: false,
      error: {
        code: "no-header",
        message: {
          vi: 'không nhận ra dòng tiêu đề cột của bảng hồ sơ (cần các cột như "Đã giải quyết", "Đúng hạn", "Quá hạn")',
          en: 'no column header of a dossier table found (columns such as "Đã giải quyết", "Đúng hạn", "Quá hạn")',
        },
      },
    });
  });
});
