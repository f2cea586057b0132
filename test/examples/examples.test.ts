import { describe, expect, it } from "vitest";
import { main as appendixFromDossiers } from "../../examples/appendix-from-dossiers.js";
import { main as rollupProvince } from "../../examples/rollup-province.js";

describe("examples", () => {
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
});
