import { describe, expect, it } from "vitest";
import {
  decemberSolsticeDay,
  deltaTSeconds,
  lunationNear,
  newMoonDay,
  newMoonJde,
  sunApparentLongitude,
  sunLongitudeAtDayStart,
} from "../../src/calendar/astro.js";
import { fromEpochDay, toEpochDay } from "../../src/calendar/index.js";

describe("ΔT (Espenak–Meeus polynomials)", () => {
  // Observed ΔT in seconds (NASA eclipse web site, table of historical values), one per polynomial piece.
  it.each([
    [1900, -2.7],
    [1910, 10.4],
    [1930, 24.0],
    [1940, 24.3],
    [1950, 29.1],
    [1960, 33.2],
    [1970, 40.2],
    [1980, 50.5],
    [1990, 56.9],
    [2000, 63.8],
    [2005, 64.7],
  ])("ΔT(%i) ≈ %f s", (y, s) => {
    expect(Math.abs(deltaTSeconds(y) - s)).toBeLessThan(0.5);
  });
  // The published extrapolations of the same polynomials.
  it.each([
    [2050, 93],
    [2100, 202.7],
    [2150, 328.5],
  ])("ΔT(%i) ≈ %f s (extrapolated)", (y, s) => {
    expect(Math.abs(deltaTSeconds(y) - s)).toBeLessThan(0.5);
  });
  it("is continuous across the pieces and keeps growing after 2000", () => {
    for (const y of [1900, 1920, 1941, 1961, 1986, 2005, 2050, 2150]) {
      expect(Math.abs(deltaTSeconds(y) - deltaTSeconds(y - 1e-9))).toBeLessThan(0.6);
    }
    for (let y = 2000; y < 2199; y += 7) expect(deltaTSeconds(y + 7)).toBeGreaterThan(deltaTSeconds(y));
    expect(Math.abs(deltaTSeconds(1899) - -3.97)).toBeLessThan(0.05);
    expect(Math.abs(deltaTSeconds(1880) - -5.0)).toBeLessThan(0.05);
  });
});

describe("new moons (Meeus ch. 49)", () => {
  it("reproduces Meeus example 49.a: the new moon of 1977 February, k = −283", () => {
    expect(Math.abs(newMoonJde(-283) - 2443192.65118)).toBeLessThan(0.000005);
  });
  it("places the new moon of the 8 April 2024 eclipse (18:21 UT) and of 6 January 2000 (18:14 UT)", () => {
    // JDE = JD(UT) + ΔT; 2024-04-08 18:21 UT = JD 2460409.2646, ΔT ≈ 69 s.
    expect(Math.abs(newMoonJde(300) - (2460409.2646 + 69 / 86400))).toBeLessThan(0.0005);
    expect(Math.abs(newMoonJde(0) - (2451550.2597 + 64 / 86400))).toBeLessThan(0.0005);
    // Local days: 01:21 on 9 April in Vietnam; 6 January in UTC, 7 January (01:14) in Vietnam.
    expect(fromEpochDay(newMoonDay(300, 7))).toBe("2024-04-09");
    expect(fromEpochDay(newMoonDay(300, 0))).toBe("2024-04-08");
    expect(fromEpochDay(newMoonDay(0, 0))).toBe("2000-01-06");
    expect(fromEpochDay(newMoonDay(0, 7))).toBe("2000-01-07");
  });
  it("lunationNear is at most one lunation early", () => {
    for (const k of [-1200, -283, 0, 300, 2000]) {
      const near = lunationNear(newMoonDay(k, 7));
      expect(near === k || near === k - 1).toBe(true);
    }
  });
});

describe("the Sun (Meeus ch. 25)", () => {
  it("reproduces Meeus example 25.a: apparent longitude 199.90895° on 1992-10-13.0 TD", () => {
    expect(Math.abs(sunApparentLongitude(2448908.5) - 199.90895)).toBeLessThan(0.00005);
  });
  it("crosses 0° at the March equinox 2024 (20 March 03:06 UT), measured at local midnight", () => {
    const d = toEpochDay("2024-03-20");
    const before = sunLongitudeAtDayStart(d, 7); // 19 March 17:00 UT
    const after = sunLongitudeAtDayStart(d + 1, 7); // 20 March 17:00 UT
    expect(before).toBeGreaterThan(359.5);
    expect(before).toBeLessThan(359.7);
    expect(after).toBeGreaterThan(0.5);
    expect(after).toBeLessThan(0.7);
    expect(sunLongitudeAtDayStart(d, 0)).toBeGreaterThan(359.8); // 20 March 00:00 UT
  });
  it("finds the December solstice day in the given time zone", () => {
    // 2022: 21 December 21:48 UT = 22 December 04:48 in Vietnam.
    expect(fromEpochDay(decemberSolsticeDay(2022, 7))).toBe("2022-12-22");
    expect(fromEpochDay(decemberSolsticeDay(2022, 0))).toBe("2022-12-21");
    // 2019: 22 December 04:19 UT; 2024: 21 December 09:20 UT.
    expect(fromEpochDay(decemberSolsticeDay(2019, 7))).toBe("2019-12-22");
    expect(fromEpochDay(decemberSolsticeDay(2024, 7))).toBe("2024-12-21");
  });
});
