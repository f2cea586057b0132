/** The Calendar tab: a dossier's due date in working days, and the year's days off. */
import {
  CalendarError,
  type DueDateInput,
  defaultCalendar,
  dossierDueDate,
  type HolidayKind,
  isoWeekday,
  vietnamDate,
} from "cchc/calendar";
import type { Lang } from "cchc/rules";
import { byId, el } from "./dom.js";
import { type StringKey, t } from "./i18n.js";

const KIND_KEYS: Record<HolidayKind, StringKey> = {
  statutory: "kindStatutory",
  compensatory: "kindCompensatory",
  "government-swap": "kindSwap",
  custom: "kindCustom",
};

type CalendarOutcome =
  | { ok: true; due: string | null; receivedOn: string; countingFrom: string; year: number }
  | { ok: false; message: { vi: string; en: string }; year: number | null };

let outcome: CalendarOutcome | null = null;

/** "Thứ Hai, 23/02/2026" / "Monday, 2026-02-23". */
function withWeekday(date: string, lang: Lang): string {
  const names = t(lang, "weekdays").split(",");
  const iso = isoWeekday(date); // 1 = Monday … 7 = Sunday
  const shown = lang === "vi" ? `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` : date;
  return `${names[iso % 7] ?? ""}, ${shown}`;
}

function compute(): CalendarOutcome {
  const date = byId<HTMLInputElement>("cal-date").value;
  const time = byId<HTMLInputElement>("cal-time").value;
  const daysText = byId<HTMLInputElement>("cal-days").value.trim();
  const cutoff = byId<HTMLInputElement>("cal-cutoff").value;
  const year = /^\d{4}-/.test(date) ? Number(date.slice(0, 4)) : null;
  const msg = (key: StringKey) => ({ vi: t("vi", key), en: t("en", key) });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}/.test(time)) {
    return { ok: false, message: msg("calBadDate"), year };
  }
  if (!/^\d{1,4}$/.test(daysText)) return { ok: false, message: msg("calBadDays"), year };
  const input: DueDateInput = {
    receivedAt: `${date}T${time.slice(0, 5)}:00+07:00`,
    workingDays: Number(daysText),
  };
  if (cutoff) input.cutoff = cutoff.slice(0, 5);
  try {
    const r = dossierDueDate(input);
    return { ok: true, due: r.due, receivedOn: r.receivedOn, countingFrom: r.countingFrom, year: year ?? 0 };
  } catch (e) {
    if (e instanceof CalendarError) return { ok: false, message: e.messages, year };
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, message: { vi: why, en: why }, year };
  }
}

function renderHolidays(year: number | null, lang: Lang): void {
  byId("cal-year").textContent = year === null ? "" : String(year);
  const body = byId("cal-holidays-body");
  const makeUp = byId("cal-makeup");
  body.replaceChildren();
  makeUp.replaceChildren();
  if (year === null) return;
  let holidays: ReturnType<ReturnType<typeof defaultCalendar>["holidaysIn"]>;
  let extra: ReturnType<ReturnType<typeof defaultCalendar>["makeUpWorkingDays"]>;
  try {
    holidays = defaultCalendar().holidaysIn(year);
    extra = defaultCalendar().makeUpWorkingDays(year);
  } catch {
    return; // the year is outside the calendar: the error box already says so
  }
  for (const h of holidays) {
    const notes = [h.onRestDay ? t(lang, "calOnRestDay") : "", h.verified ? "" : t(lang, "calUnverified")]
      .filter(Boolean)
      .join("; ");
    body.append(
      el(
        "tr",
        {},
        el("td", {}, withWeekday(h.date, lang)),
        el("td", {}, h.reason[lang], notes ? el("span", { class: "muted" }, ` (${notes})`) : null),
        el("td", {}, t(lang, KIND_KEYS[h.kind])),
        el("td", { class: "muted source" }, h.source),
      ),
    );
  }
  for (const m of extra) {
    makeUp.append(
      el(
        "li",
        {},
        `${withWeekday(m.date, lang)}: ${m.reason[lang]} `,
        el("span", { class: "muted" }, `(${m.source}${m.verified ? "" : `; ${t(lang, "calUnverified")}`})`),
      ),
    );
  }
  if (extra.length === 0) makeUp.append(el("li", { class: "muted" }, t(lang, "calNone")));
}

/** Draws the Calendar tab in a language. */
export function renderCalendarTab(lang: Lang): void {
  const o = outcome;
  const err = byId("cal-error");
  err.hidden = !o || o.ok;
  err.textContent = o && !o.ok ? o.message[lang] : "";
  const ok = o?.ok === true ? o : null;
  byId("cal-result").hidden = ok === null;
  byId("cal-due").textContent = ok?.due ? withWeekday(ok.due, lang) : "";
  byId("cal-received-on").textContent = ok ? withWeekday(ok.receivedOn, lang) : "";
  byId("cal-counting-from").textContent = ok ? withWeekday(ok.countingFrom, lang) : "";
  renderHolidays(o?.year ?? null, lang);
}

/** Wires the Calendar tab; the form starts at today's date in Vietnam. */
export function setUpCalendarTab(getLang: () => Lang): void {
  const date = byId<HTMLInputElement>("cal-date");
  if (!date.value) date.value = vietnamDate(new Date());
  const form = byId<HTMLFormElement>("cal-form");
  const run = () => {
    outcome = compute();
    renderCalendarTab(getLang());
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    run();
  });
  form.addEventListener("change", run);
  run();
}
