import { describe, expect, it } from "vitest";
import { type DossierColumn, importDossierTable } from "../../src/io/index.js";

function ok(text: string) {
  const r = importDossierTable(text);
  if (!r.ok) throw new Error(r.error.message.en);
  return r;
}

/** The roles of a one-row header (a label column first, then `headers`), read over one row of 1s. */
function roles(...headers: string[]) {
  const text = `Đơn vị\t${headers.join("\t")}\nA${"\t1".repeat(headers.length)}`;
  return ok(text)
    .columns.slice(1)
    .map((c) => c.role);
}

const headersOf = (cols: DossierColumn[]) => cols.map((c) => c.header);

describe("importDossierTable: one-row headers by their words", () => {
  it("received: new, in person and by post together, or a receiving header without 'tổng'", () => {
    expect(roles("Tiếp nhận mới (trực tiếp và trực tuyến)")).toEqual(["received"]);
    expect(roles("Tiếp nhận")).toEqual(["received"]);
    expect(roles("Số hồ sơ nhận giải quyết")).toEqual(["received"]);
    expect(roles("Trực tiếp và bưu chính")).toEqual(["receivedInPersonOrPostal"]);
    expect(roles("Trực tiếp, BCCI")).toEqual(["receivedInPersonOrPostal"]);
    expect(roles("Qua bưu điện")).toEqual(["receivedPostal"]);
  });
  it("'Tổng số tiếp nhận' alone is no received column (it may include the carried-over dossiers)", () => {
    const r = ok("Đơn vị\tTổng số tiếp nhận\tĐã giải quyết\nA\t10\t9");
    expect(r.columns[1]).toStrictEqual({ index: 1, header: "Tổng số tiếp nhận", role: null });
    expect(r.rows).toStrictEqual([{ unit: "A", resolved: 9 }]);
  });
  it("cancelled, withdrawn, returned and uncollected dossiers", () => {
    expect(roles("Hủy", "Xin rút", "Từ chối", "Chưa trả kết quả")).toEqual([
      "cancelled",
      "withdrawn",
      "returned",
      "uncollected",
    ]);
  });
  it("the index column, with or without accents", () => {
    const r = ok("STT\tĐơn vị\tĐã giải quyết\n1\tSở A\t5");
    expect(r.columns.map((c) => c.role)).toEqual(["index", "label", "resolved"]);
    expect(r.rows).toStrictEqual([{ unit: "Sở A", resolved: 5 }]);
    expect(ok("Số thứ tự\tĐơn vị\tĐã giải quyết\n1\tSở A\t5").columns[0]?.role).toBe("index");
    // "TTHC" (the procedure) is no row number: with no label header, its column holds the labels
    const byProcedure = ok("TTHC\tĐã giải quyết\nCấp hộ chiếu\t5");
    expect(byProcedure.columns.map((c) => c.role)).toEqual(["label", "resolved"]);
  });
  it("a percent sign inside a count's header does not make it a share", () => {
    expect(roles("Số hồ sơ nộp 100 % trực tuyến")).toEqual(["receivedOnline"]);
    expect(roles("Trực tuyến", "% trực tuyến")).toEqual(["receivedOnline", "share"]);
    expect(roles("Trực tuyến", "Trực tuyến %")).toEqual(["receivedOnline", "share"]);
  });
  it("the printed rates: on time, late; a rate of online dossiers is a share, not the late rate", () => {
    expect(roles("Tỷ lệ giải quyết đúng hạn (%)", "Tỉ lệ trễ hạn")).toEqual(["onTimeRate", "lateRate"]);
    expect(roles("Tỷ lệ đúng và trước hạn")).toEqual(["onTimeRate"]);
    expect(roles("Trực tuyến", "Tỷ lệ trực tuyến chậm")).toEqual(["receivedOnline", "share"]);
  });
  it("'Tổng số' with no group before it is not recognised", () => {
    const r = ok("Đơn vị\tTổng số\tĐã giải quyết\nA\t10\t9");
    expect(r.columns[1]).toStrictEqual({ index: 1, header: "Tổng số", role: null });
    expect(r.findings.map((f) => [f.rule, f.message])).toEqual([
      ["import.unmatched-column", 'Cột "Tổng số" (cột 2) không phải luồng hồ sơ đã biết: bỏ qua.'],
    ]);
  });
});

describe("importDossierTable: resolved on time, early, or both", () => {
  it("'Đúng hạn' without a 'Trước hạn' column counts every dossier resolved by its due date", () => {
    expect(roles("Đã giải quyết", "Đúng hạn", "Quá hạn")).toEqual([
      "resolved",
      "resolvedOnTimeOrEarly",
      "resolvedLate",
    ]);
  });
  it("'Trước hạn' without an on-time column is read as on time or early, too", () => {
    expect(roles("Đã giải quyết", "Trước hạn", "Quá hạn")).toEqual([
      "resolved",
      "resolvedOnTimeOrEarly",
      "resolvedLate",
    ]);
  });
  it("'Trước hạn' beside an on-time-or-early column stays early", () => {
    expect(roles("Đã giải quyết", "Trước hạn", "Đúng hạn và trước hạn", "Quá hạn")).toEqual([
      "resolved",
      "resolvedEarly",
      "resolvedOnTimeOrEarly",
      "resolvedLate",
    ]);
    expect(roles("Đã giải quyết", "Trước hạn", "Đúng hạn", "Quá hạn")).toEqual([
      "resolved",
      "resolvedEarly",
      "resolvedOnTime",
      "resolvedLate",
    ]);
  });
});

describe("importDossierTable: dossiers due in the period", () => {
  it("a one-row 'Đến hạn' column is the dossiers due in the period; the on-time column after it is resolved", () => {
    const r = ok("Đơn vị\tĐã giải quyết\tSố hồ sơ đến hạn giải quyết trong kỳ\tĐúng hạn\nA\t10\t8\t7");
    expect(r.columns.map((c) => c.role)).toEqual([
      "label",
      "resolved",
      "dueInPeriod",
      "resolvedOnTimeOrEarly",
    ]);
    expect(r.rows).toStrictEqual([{ unit: "A", resolved: 10, dueInPeriod: 8, resolvedOnTimeOrEarly: 7 }]);
  });
  it("under an 'Đến hạn' group: 'Tổng số', 'Đúng hạn' and 'Đúng và trước hạn' are the due-in-period flows", () => {
    const r = ok("Đơn vị\tĐến hạn\t\t\n\tTổng số\tĐúng hạn\tĐúng hạn và trước hạn\nA\t8\t7\t7");
    expect(r.columns.map((c) => [c.header, c.role])).toEqual([
      ["Đơn vị", "label"],
      ["Đến hạn / Tổng số", "dueInPeriod"],
      ["Đến hạn / Đúng hạn", "dueInPeriodOnTime"],
      ["Đến hạn / Đúng hạn và trước hạn", "dueInPeriodOnTime"],
    ]);
  });
  it("'Đến hạn' under a group that is no flow is still due in the period", () => {
    const r = ok("Đơn vị\tTiếp nhận\tSố hồ sơ\n\t\tĐến hạn\nA\t9\t8");
    expect(r.columns.map((c) => [c.header, c.role])).toEqual([
      ["Đơn vị", "label"],
      ["Tiếp nhận", "received"],
      ["Số hồ sơ / Đến hạn", "dueInPeriod"],
    ]);
  });
  it("'Đến hạn' under the pending group is not the dossiers due in the period", () => {
    const r = ok("Đơn vị\tĐang giải quyết\t\n\tTổng số\tĐến hạn\nA\t5\t2");
    expect(r.columns[2]).toStrictEqual({ index: 2, header: "Đang giải quyết / Đến hạn", role: null });
  });
  it("'Chưa đến hạn' is within the deadline, never due in the period", () => {
    expect(roles("Đang giải quyết", "Chưa đến hạn", "Quá hạn")).toEqual([
      "pending",
      "pendingWithinDeadline",
      "pendingOverdue",
    ]);
    const r = ok("Đơn vị\tĐang giải quyết\t\t\n\tTổng số\tChưa đến hạn\tQuá hạn\nA\t5\t4\t1");
    expect(r.columns.map((c) => c.role)).toEqual([
      "label",
      "pending",
      "pendingWithinDeadline",
      "pendingOverdue",
    ]);
  });
});

describe("importDossierTable: 'Quá hạn' and 'Tổng số' take the group on their left", () => {
  it("a one-row column after a two-row group belongs to that group", () => {
    const r = ok("Đơn vị\tĐang giải quyết\t\tQuá hạn\n\tTổng số\tTrong hạn\t\nA\t5\t4\t1");
    expect(r.columns.map((c) => [c.header, c.role])).toEqual([
      ["Đơn vị", "label"],
      ["Đang giải quyết / Tổng số", "pending"],
      ["Đang giải quyết / Trong hạn", "pendingWithinDeadline"],
      ["Quá hạn", "pendingOverdue"],
    ]);
  });
  it("the nearest flow group of a three-row header counts, not a neutral one above it", () => {
    const r = ok(
      "Đơn vị\tTiếp nhận\tSố hồ sơ\t\t\n\t\tĐang giải quyết\t\t\n\t\tTổng số\tTrong hạn\tQuá hạn\nA\t9\t5\t4\t1",
    );
    expect(r.columns.map((c) => [c.header, c.role])).toEqual([
      ["Đơn vị", "label"],
      ["Tiếp nhận", "received"],
      ["Số hồ sơ / Đang giải quyết / Tổng số", "pending"],
      ["Số hồ sơ / Đang giải quyết / Trong hạn", "pendingWithinDeadline"],
      ["Số hồ sơ / Đang giải quyết / Quá hạn", "pendingOverdue"],
    ]);
    expect(r.rows).toStrictEqual([
      { unit: "A", received: 9, pending: 5, pendingWithinDeadline: 4, pendingOverdue: 1 },
    ]);
  });
});

describe("importDossierTable: 'Tiếp nhận' › 'Tổng số'", () => {
  it("is the dossiers received when its group has no carried-over column", () => {
    const r = ok("Đơn vị\tTiếp nhận\t\n\tTổng số\tTrực tuyến\nA\t10\t4");
    expect(r.columns.map((c) => c.role)).toEqual(["label", "received", "receivedOnline"]);
  });
  it("is the dossiers received when the carried-over column sits in another group", () => {
    const r = ok("Đơn vị\tTồn kỳ trước\tTiếp nhận\t\n\t\tTổng số\tTrực tuyến\nA\t2\t10\t4");
    expect(r.columns.map((c) => c.role)).toEqual(["label", "carriedOver", "received", "receivedOnline"]);
  });
  it("only the receiving group's total includes the carried-over dossiers", () => {
    const r = ok("Đơn vị\tĐang giải quyết\t\n\tTổng số\tTừ kỳ trước\nA\t5\t2");
    expect(r.columns.map((c) => c.role)).toEqual(["label", "pending", "carriedOver"]);
  });
  it("is the dossiers to process beside 'Từ kỳ trước' in its group; 'Mới tiếp nhận' there stays received", () => {
    const r = ok("Đơn vị\tTiếp nhận\t\t\n\tTổng số\tTừ kỳ trước\tMới tiếp nhận\nA\t12\t2\t10");
    expect(r.columns.map((c) => c.role)).toEqual(["label", "toProcess", "carriedOver", "received"]);
    expect(r.rows).toStrictEqual([{ unit: "A", toProcess: 12, carriedOver: 2, received: 10 }]);
  });
});

describe("importDossierTable: share columns", () => {
  it("a share takes the count on its left and that count's base, and is read into shares", () => {
    const r = ok("Đơn vị\tTiếp nhận mới\tTrực tuyến\t%\tĐã giải quyết\tQuá hạn\t%\nA\t10\t4\t40\t8\t2\t25");
    expect(r.columns[3]).toStrictEqual({
      index: 3,
      header: "%",
      role: "share",
      of: "receivedOnline",
      base: "received",
    });
    expect(r.columns[6]).toStrictEqual({
      index: 6,
      header: "%",
      role: "share",
      of: "resolvedLate",
      base: "resolved",
    });
    expect(r.rows).toStrictEqual([
      {
        unit: "A",
        received: 10,
        receivedOnline: 4,
        resolved: 8,
        resolvedLate: 2,
        shares: [
          { of: "receivedOnline", base: "received", value: "40" },
          { of: "resolvedLate", base: "resolved", value: "25" },
        ],
      },
    ]);
  });
  it("the count is the nearest count column: rates and unknown columns in between are passed over", () => {
    const r = ok(
      "Đơn vị\tĐã giải quyết\tQuá hạn\tTỷ lệ đúng hạn\tTỷ lệ trễ hạn\tGhi chú\t%\nA\t8\t2\t75\t25\t\t25",
    );
    expect(r.columns[6]).toMatchObject({ role: "share", of: "resolvedLate", base: "resolved" });
  });
  it("a share with no count on its left, or whose count has no usual base, is not recognised", () => {
    const first = ok("Đơn vị\t%\tĐã giải quyết\nA\t50\t8");
    expect(first.columns[1]).toStrictEqual({ index: 1, header: "%", role: null });
    const noBase = ok("Đơn vị\tCần xử lý\tTỷ lệ (%)\nA\t10\t100");
    expect(noBase.columns[2]).toStrictEqual({ index: 2, header: "Tỷ lệ (%)", role: null });
    expect(noBase.rows).toStrictEqual([{ unit: "A", toProcess: 10 }]);
  });
  it("a share's header may name its base: to process, resolved, pending, received (new) or all received", () => {
    const of = (share: string) =>
      ok(`Đơn vị\tQuá hạn\t${share}\nA\t2\t10`).columns[2] as DossierColumn | undefined;
    expect(of("Tỷ lệ so với tổng số cần giải quyết")).toMatchObject({
      of: "resolvedLate",
      base: "toProcess",
    });
    expect(of("Tỷ lệ so với số phải giải quyết")).toMatchObject({ base: "toProcess" });
    expect(of("Tỷ lệ so với số đã xử lý")).toMatchObject({ base: "resolved" });
    expect(of("Tỷ lệ trên số đang giải quyết")).toMatchObject({ base: "pending" });
    expect(of("Tỷ lệ trên số mới tiếp nhận")).toMatchObject({ base: "received" });
    expect(of("Tỷ lệ so với số nhận")).toMatchObject({ base: "toProcess" });
    expect(of("% tổng số đang xử lý")).toMatchObject({ base: "pending" });
    const online = ok("Đơn vị\tTrực tuyến\tTỷ lệ so với số đã giải quyết\nA\t4\t10").columns[2];
    expect(online).toMatchObject({ of: "receivedOnline", base: "resolved" });
    // a base the header does not know: the count's usual base
    expect(of("Tỷ lệ so với kế hoạch")).toMatchObject({ base: "resolved" });
    expect(of("Tỷ lệ so với")).toMatchObject({ base: "resolved" });
  });
  it("a count column whose header names a total keeps no base", () => {
    const r = ok("Đơn vị\tTổng số hồ sơ cần giải quyết\tĐã giải quyết\nA\t10\t8");
    expect(r.columns[1]).toStrictEqual({
      index: 1,
      header: "Tổng số hồ sơ cần giải quyết",
      role: "toProcess",
    });
  });
});

describe("importDossierTable: header paths", () => {
  it("a merged group cell spreads over its sub-columns only", () => {
    const r = ok("Đơn vị\tTiếp nhận\t\tĐã giải quyết\n\tTổng số\tTrực tuyến\t\nA\t10\t4\t9");
    expect(headersOf(r.columns)).toEqual([
      "Đơn vị",
      "Tiếp nhận / Tổng số",
      "Tiếp nhận / Trực tuyến",
      "Đã giải quyết",
    ]);
    expect(r.columns.map((c) => c.role)).toEqual(["label", "received", "receivedOnline", "resolved"]);
  });
  it("a blank column after a group stays blank, also when the second header row is cut short", () => {
    const r = ok("Đơn vị\tTiếp nhận\t\tĐã giải quyết\t\n\tTổng số\tTrực tuyến\nA\t10\t4\t9\t");
    expect(r.columns[4]).toStrictEqual({ index: 4, header: "", role: null });
    const full = ok("Đơn vị\tĐã giải quyết\t\t\n\tTổng số\tQuá hạn\t\nA\t10\t1\t");
    expect(full.columns[3]).toStrictEqual({ index: 3, header: "", role: null });
    expect(full.findings).toEqual([]);
  });
  it("a sub-column under a one-column group is not merged with the group on its left", () => {
    const r = ok("Đơn vị\tTiếp nhận\tĐã giải quyết\t\n\t\t\tQuá hạn\nA\t10\t9\t1");
    expect(headersOf(r.columns)).toEqual(["Đơn vị", "Tiếp nhận", "Đã giải quyết", "Quá hạn"]);
    expect(r.rows).toStrictEqual([{ unit: "A", received: 10, resolved: 9, resolvedLate: 1 }]);
  });
  it("a three-row header: the group spreads down to the deepest sub-columns; 'Trong đó:' is left out", () => {
    const r = ok("Đơn vị\tĐã giải quyết\t\t\n\tTổng số\tTrong đó:\t\n\t\tĐúng hạn\tQuá hạn\nA\t10\t9\t1");
    expect(headersOf(r.columns)).toEqual([
      "Đơn vị",
      "Đã giải quyết / Tổng số",
      "Đã giải quyết / Đúng hạn",
      "Đã giải quyết / Quá hạn",
    ]);
    expect(r.columns.map((c) => c.role)).toEqual([
      "label",
      "resolved",
      "resolvedOnTimeOrEarly",
      "resolvedLate",
    ]);
  });
  it("a header cell repeated down a vertically merged range appears once", () => {
    const r = ok(
      "Đơn vị\tĐã giải quyết\t\tTỷ lệ đúng hạn\nĐơn vị\tTổng số\tQuá hạn\tTỷ lệ đúng hạn\nA\t10\t1\t90",
    );
    expect(headersOf(r.columns)).toEqual([
      "Đơn vị",
      "Đã giải quyết / Tổng số",
      "Đã giải quyết / Quá hạn",
      "Tỷ lệ đúng hạn",
    ]);
  });
});
