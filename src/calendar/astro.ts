/**
 * Astronomy for the lunisolar calendar, implemented from J. Meeus, *Astronomical Algorithms*
 * (2nd ed., 1998): true new moons (ch. 49: mean phase plus the periodic and planetary correction
 * terms) and the Sun's apparent longitude (ch. 25, low-precision method, ~0.01°). ΔT (TT − UT) uses the
 * Espenak–Meeus polynomials (NASA eclipse web site, 2006). Internal module: not exported publicly.
 */

const RAD = Math.PI / 180;
/** Julian day of 1970-01-01T00:00 UT. */
const JD_UNIX_EPOCH = 2440587.5;

/** ΔT = TT − UT in seconds for a decimal year (Espenak & Meeus polynomial fits). */
export function deltaTSeconds(y: number): number {
  if (y < 1900) {
    const t = y - 1860;
    return (
      7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174
    );
  }
  if (y < 1920) {
    const t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (y < 1941) {
    const t = y - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t * t + 0.0020936 * t ** 3;
  }
  if (y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - (t * t) / 233 + t ** 3 / 2547;
  }
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - (t * t) / 260 - t ** 3 / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t * t +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  const u = (y - 1820) / 100;
  if (y < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - y);
  return -20 + 32 * u * u;
}

const sin = (deg: number) => Math.sin(deg * RAD);

/** JDE (dynamical time) of the true new moon with lunation number `k` (k = 0: 2000-01-06). Meeus 49.1–49.4. */
export function newMoonJde(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  let jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3;
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4;
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
  const Om = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;
  jde +=
    -0.4072 * sin(Mp) +
    0.17241 * E * sin(M) +
    0.01608 * sin(2 * Mp) +
    0.01039 * sin(2 * F) +
    0.00739 * E * sin(Mp - M) -
    0.00514 * E * sin(Mp + M) +
    0.00208 * E * E * sin(2 * M) -
    0.00111 * sin(Mp - 2 * F) -
    0.00057 * sin(Mp + 2 * F) +
    0.00056 * E * sin(2 * Mp + M) -
    0.00042 * sin(3 * Mp) +
    0.00042 * E * sin(M + 2 * F) +
    0.00038 * E * sin(M - 2 * F) -
    0.00024 * E * sin(2 * Mp - M) -
    0.00017 * sin(Om) -
    0.00007 * sin(Mp + 2 * M) +
    0.00004 * sin(2 * Mp - 2 * F) +
    0.00004 * sin(3 * M) +
    0.00003 * sin(Mp + M - 2 * F) +
    0.00003 * sin(2 * Mp + 2 * F) -
    0.00003 * sin(Mp + M + 2 * F) +
    0.00003 * sin(Mp - M + 2 * F) -
    0.00002 * sin(Mp - M - 2 * F) -
    0.00002 * sin(3 * Mp + M) +
    0.00002 * sin(4 * Mp);
  // Additional corrections for all phases (planetary arguments A1–A14).
  jde +=
    0.000325 * sin(299.77 + 0.107408 * k - 0.009173 * T2) +
    0.000165 * sin(251.88 + 0.016321 * k) +
    0.000164 * sin(251.83 + 26.651886 * k) +
    0.000126 * sin(349.42 + 36.412478 * k) +
    0.00011 * sin(84.66 + 18.206239 * k) +
    0.000062 * sin(141.74 + 53.303771 * k) +
    0.00006 * sin(207.14 + 2.453732 * k) +
    0.000056 * sin(154.84 + 7.30686 * k) +
    0.000047 * sin(34.52 + 27.261239 * k) +
    0.000042 * sin(207.19 + 0.121824 * k) +
    0.00004 * sin(291.34 + 1.844379 * k) +
    0.000037 * sin(161.72 + 24.198154 * k) +
    0.000035 * sin(239.56 + 25.513099 * k) +
    0.000023 * sin(331.55 + 3.592518 * k);
  return jde;
}

/** JDE (TT) → JD (UT). */
function jdeToJdUt(jde: number): number {
  const year = 2000 + (jde - 2451545) / 365.25;
  return jde - deltaTSeconds(year) / 86400;
}

/** JD (UT) → JDE (TT). */
function jdUtToJde(jd: number): number {
  const year = 2000 + (jd - 2451545) / 365.25;
  return jd + deltaTSeconds(year) / 86400;
}

/** Local epoch day (time zone `tzHours`) in which the new moon with lunation number `k` occurs. */
export function newMoonDay(k: number, tzHours: number): number {
  const jd = jdeToJdUt(newMoonJde(k));
  return Math.floor(jd - JD_UNIX_EPOCH + tzHours / 24);
}

/** Lunation number of the new moon at or just before a given epoch day (approximate, may be off by one). */
export function lunationNear(epochDay: number): number {
  return Math.floor((epochDay + JD_UNIX_EPOCH - 2451550.09766) / 29.530588861);
}

/** Sun's apparent geometric longitude in degrees [0, 360) at a JDE (Meeus ch. 25, low precision). */
export function sunApparentLongitude(jde: number): number {
  const T = (jde - 2451545) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T;
  const C =
    (1.914602 - 0.004817 * T - 0.000014 * T * T) * sin(M) +
    (0.019993 - 0.000101 * T) * sin(2 * M) +
    0.000289 * sin(3 * M);
  const omega = 125.04 - 1934.136 * T;
  const lambda = L0 + C - 0.00569 - 0.00478 * sin(omega);
  return ((lambda % 360) + 360) % 360;
}

/** Sun's apparent longitude at local midnight starting the epoch day `day` in time zone `tzHours`. */
export function sunLongitudeAtDayStart(day: number, tzHours: number): number {
  return sunApparentLongitude(jdUtToJde(day + JD_UNIX_EPOCH - tzHours / 24));
}

/** Local epoch day of the December solstice (apparent longitude 270°) of a Gregorian year. */
export function decemberSolsticeDay(year: number, tzHours: number): number {
  // Start from 21 December 00:00 UT and refine with Newton steps (the Sun moves ~360/365.2422 °/day).
  let jd = 367 * year - Math.floor((7 * (year + 1)) / 4) + Math.floor((275 * 12) / 9) + 21 + 1721013.5;
  for (let i = 0; i < 8; i++) {
    const l = sunApparentLongitude(jdUtToJde(jd));
    let diff = 270 - l;
    if (diff > 180) diff -= 360;
    if (diff < -180) diff += 360;
    jd += diff * (365.2422 / 360);
    if (Math.abs(diff) < 1e-7) break;
  }
  return Math.floor(jd - JD_UNIX_EPOCH + tzHours / 24);
}
