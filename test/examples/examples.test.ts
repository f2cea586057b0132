import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main as appendixFromDossiers } from "../../examples/appendix-from-dossiers.js";
import { main as checkReportExample } from "../../examples/check-report.js";
import { main as dossierDueDate } from "../../examples/dossier-due-date.js";
import { main as dossierTable } from "../../examples/dossier-table.js";
import { main as rollupProvince } from "../../examples/rollup-province.js";

describe("examples", () => {
  it("dossier-table maps the columns, finds the planted problems and shows every definition's rate", () => {
    const out = dossierTable();
    expect(out).toContain("Đang giải quyết → pending");
    expect(out).toMatch(/^warning flow\.rate-truncated: Cấp xã: .*also matches profile qd766/m);
    expect(out).toMatch(/^error flow\.total: Tổng cộng: received reports 228547 .*off by 3/m);
    expect(out).toContain("Cấp tỉnh: template 99.18, qd766 98.97");
  });
  it("rollup-province rolls three departments up, recomputing rates and naming the inconsistent one", () => {
    const out = rollupProvince();
    // 3.4.1 = (80 + 1168 + 414) / (80 + 1200 + 450) = 96.07%; 6.1 over the two departments that reported it
    expect(out).toMatch(/^3\.4\.1\s+96\.07\s+reported by 3$/m);
    expect(out).toMatch(/^3\.4\.1\.a\s+1793\s+reported by 3$/m);
    expect(out).toMatch(/^6\.1\s+10\.42\s+reported by 2$/m);
    expect(out).toMatch(/^1\.6\s+1\s+reported by 3$/m);
    expect(out).toMatch(/units: khanh-hoa\/skhcn, khanh-hoa\/stp, khanh-hoa\/sxd/);
    expect(out).toContain("error sum.parts 3.1.4 [khanh-hoa/sxd]");
  });
  it("appendix-from-dossiers computes the rows and passes the rule engine", () => {
    const out = appendixFromDossiers();
    expect(out).toMatch(/^3\.4\.1\s+50\.00$/m);
    expect(out).toMatch(/^7\.7\.4\s+40\.00$/m);
    expect(out).toContain("carried over 1");
    expect(out).toContain("check: 0 errors, 0 warnings");
  });
  it("check-report imports the bundled report text and finds its inconsistencies", () => {
    const out = checkReportExample();
    expect(out).toMatch(/^2021-12-15 → 2022-06-14, catalog 2022$/m);
    expect(out).toMatch(/^warning 1\.2\s+rate\.truncated: .*37\.04%/m);
    expect(out).toMatch(/^error\s+2\.1\s+sum\.parts: /m);
    expect(out).toMatch(/^error\s+7\.7\.4\s+rate\.mismatch: .*86\.75%/m);
    expect(out).toMatch(/narrative\.document-after-period: .*166\/QĐ-SKHCN/);
    expect(out).not.toMatch(/3\.4\.1\s/); // 80/80 = 100%: consistent, never flagged
    expect(out).toMatch(/^warning 7\.7\.1\s+rate\.other-base: .*7\.7\.1\.b \/ 3\.1\.4 = 10\/54/m);
    expect(out).toMatch(/^4 errors, \d+ warnings, \d+ infos$/m);
  });
  it("dossier-due-date respects Tết 2026, the cut-off and the August 2026 swap", () => {
    const out = dossierDueDate();
    expect(out).toContain("3 working days → due 2026-02-25");
    expect(out).toContain("after the 15:00 cut-off → due 2026-08-22");
    expect(out).toContain("2026-08-22 working day? true; 2026-08-31? false");
    expect(out).toContain("resolved 2026-02-25 → on-time (due 2026-02-25)");
  });

  it("the README's quoted finding and summary are what the bundled example produces", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const out = checkReportExample();
    const quoted = /on the bundled example, `(Rate 1\.2 reports[^`]+)`/.exec(
      readme.replace(/\s*\n\s*/g, " "),
    );
    expect(quoted).not.toBeNull();
    expect(out).toContain(quoted?.[1]);
    const claimed = /\{ errors: (\d+), warnings: (\d+), infos: (\d+), … \} on the bundled example/.exec(
      readme,
    );
    expect(claimed).not.toBeNull();
    expect(out).toMatch(
      new RegExp(`^${claimed?.[1]} errors, ${claimed?.[2]} warnings, ${claimed?.[3]} infos$`, "m"),
    );
  });
});
