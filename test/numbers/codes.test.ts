import { describe, expect, it } from "vitest";
import { parseCodedAnswer, parseCodeList } from "../../src/numbers/index.js";

describe("parseCodeList", () => {
  it("reads the real report's code lists", () => {
    expect(parseCodeList("Không = 0 Có = 1")).toEqual({
      ok: true,
      value: [
        { code: 0, label: "Không" },
        { code: 1, label: "Có" },
      ],
    });
    expect(parseCodeList("Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2")).toEqual({
      ok: true,
      value: [
        { code: 0, label: "Trực tuyến" },
        { code: 1, label: "Phát phiếu" },
        { code: 2, label: "Kết hợp" },
      ],
    });
    expect(parseCodeList("Đã thực hiện = 1 Chưa thực hiện = 0")).toMatchObject({
      ok: true,
      value: [
        { code: 1, label: "Đã thực hiện" },
        { code: 0, label: "Chưa thực hiện" },
      ],
    });
    // `<i>Chưa = 0</i> <i>Có = 1</i>` after the caller stripped the HTML
    expect(parseCodeList(" Chưa  =0   Có=  1 ")).toMatchObject({
      ok: true,
      value: [{ label: "Chưa" }, { label: "Có" }],
    });
    expect(parseCodeList("Không = 0; Có = 1")).toMatchObject({ ok: true });
  });
  it("fails on units that are not code lists", () => {
    expect(parseCodeList("Văn bản")).toMatchObject({ ok: false, error: { code: "not-a-code-list" } });
    expect(parseCodeList("")).toMatchObject({ ok: false, error: { code: "not-a-code-list" } });
    expect(parseCodeList("Không = 0 Có")).toMatchObject({ ok: false, error: { code: "not-a-code-list" } });
    expect(parseCodeList("= 1")).toMatchObject({ ok: false });
    expect(parseCodeList("Không = 0 Có = 0")).toMatchObject({ ok: false, error: { code: "duplicate-code" } });
  });
});

describe("parseCodedAnswer", () => {
  const list = [
    { code: 0, label: "Không" },
    { code: 1, label: "Có" },
  ];
  it("reads codes and labels", () => {
    expect(parseCodedAnswer("1", list)).toEqual({ ok: true, value: { code: 1, label: "Có" } });
    expect(parseCodedAnswer("01", list)).toEqual({ ok: true, value: { code: 1, label: "Có" } });
    expect(parseCodedAnswer(" có ", list)).toEqual({ ok: true, value: { code: 1, label: "Có" } });
  });
  it("blank or dash is not reported (null), not code 0", () => {
    expect(parseCodedAnswer("", list)).toEqual({ ok: true, value: null });
    expect(parseCodedAnswer("-", list)).toEqual({ ok: true, value: null });
  });
  it("fails on unknown codes and text", () => {
    expect(parseCodedAnswer("2", list)).toMatchObject({ ok: false, error: { code: "not-in-code-list" } });
    expect(parseCodedAnswer("0,5", list)).toMatchObject({ ok: false, error: { code: "not-in-code-list" } });
    expect(parseCodedAnswer("Có lẽ", list)).toMatchObject({ ok: false, error: { code: "not-an-answer" } });
  });
});
