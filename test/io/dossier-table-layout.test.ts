import { describe, expect, it } from "vitest";
import { importDossierTable } from "../../src/io/index.js";

function ok(text: string, options = {}) {
  const r = importDossierTable(text, options);
  if (!r.ok) throw new Error(r.error.message.en);
  return r;
}

describe("importDossierTable: where the header starts and ends", () => {
  it("title lines and a 'reporting unit' line before the header are skipped", () => {
    const r = ok(
      "BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC\nĐơn vị báo cáo:\tUBND tỉnh\n\nĐơn vị\tĐã giải quyết\tQuá hạn\nSở A\t10\t1",
    );
    expect(r.columns.map((c) => c.header)).toEqual(["Đơn vị", "Đã giải quyết", "Quá hạn"]);
    expect(r.rows).toStrictEqual([{ unit: "Sở A", resolved: 10, resolvedLate: 1 }]);
  });
  it("a header of words that name no group (online, in person) is found", () => {
    const r = ok("Đơn vị\tTrực tuyến\tTrực tiếp\nSở A\t6\t4");
    expect(r.rows).toStrictEqual([{ unit: "Sở A", receivedOnline: 6, receivedInPerson: 4 }]);
  });
  it("a second header row holding a single sub-column belongs to the header", () => {
    const r = ok("Đơn vị\tĐã giải quyết\t\n\t\tQuá hạn\nSở A\t10\t1");
    expect(r.columns.map((c) => c.role)).toEqual(["label", "resolved", "resolvedLate"]);
    expect(r.rows).toStrictEqual([{ unit: "Sở A", resolved: 10, resolvedLate: 1 }]);
  });
  it("the column numbering row under the header is skipped, plain or in brackets, from three columns on", () => {
    for (const numbering of ["1\t2\t3", "(1)\t(2)\t(3)", "1\t2\t3\t4", "(1)\t\t(2)\t(3)", "1\t2\t3\t\t"]) {
      const r = ok(`Đơn vị\tĐã giải quyết\tQuá hạn\n${numbering}\nSở A\t10\t1`);
      expect(r.rows, numbering).toStrictEqual([{ unit: "Sở A", resolved: 10, resolvedLate: 1 }]);
      expect(r.findings, numbering).toEqual([]);
    }
  });
  it("rows of small numbers are data, not the numbering, unless they rise one after another", () => {
    const r = ok(
      "STT\tĐơn vị\tĐã giải quyết\tĐúng hạn\tQuá hạn\n1\t2\t3\t4\t5\n\tPhường 1\t2\t3\t4\n\t\t5\t5\t6\n1\t\t20\t250\t\n\t\t9\t7\t2",
    );
    expect(r.rows).toStrictEqual([
      { unit: "Phường 1", resolved: 2, resolvedOnTimeOrEarly: 3, resolvedLate: 4 },
      { unit: "(dòng 4)", resolved: 5, resolvedOnTimeOrEarly: 5, resolvedLate: 6 },
      { unit: "(dòng 5)", resolved: 20, resolvedOnTimeOrEarly: 250 },
      { unit: "(dòng 6)", resolved: 9, resolvedOnTimeOrEarly: 7, resolvedLate: 2 },
    ]);
  });
  it("a row with one or two figures and no label is data", () => {
    const r = ok("Đơn vị\tĐã giải quyết\tQuá hạn\n\t5\t\n\t1\t2");
    expect(r.rows).toStrictEqual([
      { unit: "(dòng 2)", resolved: 5 },
      { unit: "(dòng 3)", resolved: 1, resolvedLate: 2 },
    ]);
  });
});

describe("importDossierTable: the label column", () => {
  it("without a label header, the unknown column left of the figures holds the labels, and is not reported", () => {
    const r = ok("STT\tTháng\tĐã giải quyết\tGhi chú\n1\t01/2024\t5\tx");
    expect(r.columns.map((c) => c.role)).toEqual(["index", "label", "resolved", null]);
    expect(r.rows).toStrictEqual([{ unit: "01/2024", resolved: 5 }]);
    expect(r.findings.map((f) => f.message)).toEqual([
      'Cột "Ghi chú" (cột 4) không phải luồng hồ sơ đã biết: bỏ qua.',
    ]);
  });
  it("an unknown column right of the figures is never the label column", () => {
    const r = ok("STT\tĐã giải quyết\tGhi chú\n1\t5\tx");
    expect(r.columns.map((c) => c.role)).toEqual(["index", "resolved", null]);
    expect(r.findings.map((f) => f.rule)).toEqual(["import.unmatched-column"]);
  });
  it("without any unknown column the first column is the label column, whatever its header", () => {
    const r = ok("Tháng\tĐã giải quyết\n01/2024\t5");
    expect(r.columns.map((c) => c.role)).toEqual(["label", "resolved"]);
    expect(r.findings).toEqual([]);
    expect(r.rows).toStrictEqual([{ unit: "01/2024", resolved: 5 }]);
  });
  it("a row cut short before its label cell is named by its line", () => {
    const r = ok("Đã giải quyết\tĐơn vị\n5");
    expect(r.rows).toStrictEqual([{ unit: "(dòng 2)", resolved: 5 }]);
  });
});

describe("importDossierTable: rows", () => {
  it("a short row reads its missing cells as blank", () => {
    const r = ok("Đơn vị\tĐã giải quyết\tQuá hạn\tTỷ lệ đúng hạn\nSở A\t10");
    expect(r.rows).toStrictEqual([{ unit: "Sở A", resolved: 10 }]);
    expect(r.findings).toEqual([]);
  });
  it("an index cell is no figure", () => {
    const r = ok("STT\tĐơn vị\tĐã giải quyết\n7\tSở A\t10");
    expect(r.rows).toStrictEqual([{ unit: "Sở A", resolved: 10 }]);
  });
  it("a section heading with a row number, a note or no trailing tabs still only sets the level", () => {
    const r = ok(
      "STT\tĐơn vị\tĐã giải quyết\tGhi chú\n1\tSở A\t3\t\nI\tCấp huyện\t\t(05 đơn vị)\n1\tHuyện A\t10\t\nII\tCấp xã\n1\tXã B\t4\t",
    );
    expect(r.rows).toStrictEqual([
      { unit: "Sở A", resolved: 3 },
      { unit: "Huyện A", level: "district", resolved: 10 },
      { unit: "Xã B", level: "commune", resolved: 4 },
    ]);
    const padded = ok("Đơn vị;Đã giải quyết;Quá hạn\nCấp tỉnh; ;  \nSở A;3;0\n");
    expect(padded.rows).toStrictEqual([{ unit: "Sở A", level: "province", resolved: 3, resolvedLate: 0 }]);
  });
  it("a numbered section heading right under the header is no header row", () => {
    const r = ok("STT\tĐơn vị\tĐã giải quyết\nI\tCấp tỉnh\t\n1\tSở A\t5\nII\tCấp huyện\n1\tHuyện B\t4");
    expect(r.columns.map((c) => [c.header, c.role])).toEqual([
      ["STT", "index"],
      ["Đơn vị", "label"],
      ["Đã giải quyết", "resolved"],
    ]);
    expect(r.rows).toStrictEqual([
      { unit: "Sở A", level: "province", resolved: 5 },
      { unit: "Huyện B", level: "district", resolved: 4 },
    ]);
    expect(r.findings).toEqual([]);
  });
  it("a blank row between rows is skipped and keeps the level", () => {
    const r = ok("Đơn vị\tĐã giải quyết\nSở, ban, ngành\t\nSở A\t3\n\t\n\nSở B\t2");
    expect(r.rows).toStrictEqual([
      { unit: "Sở A", level: "province", resolved: 3 },
      { unit: "Sở B", level: "province", resolved: 2 },
    ]);
  });
  it("a total row has no level of its own; a row naming its level keeps it", () => {
    const r = ok("Đơn vị\tĐã giải quyết\nCấp xã\t\nXã A\t3\nCấp huyện: Huyện B\t4\nTổng cộng\t7");
    expect(r.rows).toStrictEqual([
      { unit: "Xã A", level: "commune", resolved: 3 },
      { unit: "Cấp huyện: Huyện B", level: "district", resolved: 4 },
      { unit: "Tổng cộng", total: true, resolved: 7 },
    ]);
  });
  it("online levels: full, partial, and the older 'mức độ 3/4' with or without 'độ'", () => {
    const r = ok(
      "Mức độ DVC\tĐã giải quyết\nToàn trình\t1\nMột phần\t2\nDịch vụ công mức độ 3\t3\nMức 4\t4\nMức độ 5\t5",
    );
    expect(r.rows.map((x) => x.onlineLevel ?? null)).toEqual([
      { regime: "nd42-2022", class: "full" },
      { regime: "nd42-2022", class: "partial" },
      { regime: "nd43-2011", level: 3 },
      { regime: "nd43-2011", level: 4 },
      null,
    ]);
    expect(r.rows[4]).toStrictEqual({ unit: "Mức độ 5", resolved: 5 });
  });
  it("no period and no profile given: the rows carry neither", () => {
    const r = ok("Đơn vị\tĐã giải quyết\nSở A\t1");
    expect(r.rows).toStrictEqual([{ unit: "Sở A", resolved: 1 }]);
    expect(r.profile).toBe("template");
  });
});

describe("importDossierTable: text shapes", () => {
  it("CRLF line ends, and the line numbers the findings give", () => {
    const r = ok("Tiêu đề\r\nĐơn vị\tĐã giải quyết\r\nSở A\t1,5\r\n");
    expect(r.findings.map((f) => f.messages.en)).toEqual([
      'Sở A: Đã giải quyết reads "1,5" (line 3) — a count must be whole: left blank.',
    ]);
  });
  it("a TSV cell keeps its quotes; a CSV quoted cell may hold the delimiter", () => {
    const tsv = ok('Đơn vị\tĐã giải quyết\n"Sở A"\t1');
    expect(tsv.rows[0]?.unit).toBe('"Sở A"');
    const csv = ok('Đơn vị,Đã giải quyết,Quá hạn\n"Sở Tài nguyên, Môi trường",10,1');
    expect(csv.rows).toStrictEqual([{ unit: "Sở Tài nguyên, Môi trường", resolved: 10, resolvedLate: 1 }]);
  });
  it("the delimiter is chosen from the first 40 lines", () => {
    const body = Array.from({ length: 45 }, (_, i) => `Xã ${i + 1};${i};0`);
    body[42] = "Xã\tcó tab;1;0";
    const r = ok(["Đơn vị;Đã giải quyết;Quá hạn", ...body].join("\n"));
    expect(r.rows).toHaveLength(45);
    expect(r.rows[42]).toStrictEqual({ unit: "Xã có tab", resolved: 1, resolvedLate: 0 });
  });
  it("a title wider than the table does not add columns", () => {
    const r = ok("UBND TỈNH;;;;;;\nĐơn vị;Đã giải quyết;Quá hạn\nSở A;10;1");
    expect(r.columns).toHaveLength(3);
  });
  it("HTML left in cells is stripped", () => {
    const r = ok("Đơn vị\t<b>Đã giải quyết</b>\nSở <i>A</i>\t<p>10</p>");
    expect(r.rows).toStrictEqual([{ unit: "Sở A", resolved: 10 }]);
  });
  it("text past 5 000 000 characters is not read", () => {
    const head = "Đơn vị\tĐã giải quyết\nSở A\t1\n";
    const r = ok(`${head}${" ".repeat(5_000_000 - head.length)}\nSở B\t2`);
    expect(r.rows).toStrictEqual([{ unit: "Sở A", resolved: 1 }]);
  });
});
