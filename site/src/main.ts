/**
 * The checker page: a report checker, a dossier due-date calculator and a dossier-table checker that run offline, in the
 * browser, from one HTML file. No framework: a few helpers in dom.ts and plain event listeners.
 */
import type { Lang } from "cchc/rules";
import { renderCalendarTab, setUpCalendarTab } from "./calendar-view.js";
import { applyStrings, byId } from "./dom.js";
import { renderDossierTab, setUpDossierTab } from "./dossier-view.js";
import { renderReportTab, setUpReportTab } from "./report-view.js";

let lang: Lang = "vi";

function render(): void {
  applyStrings(lang);
  byId("lang-vi").setAttribute("aria-pressed", String(lang === "vi"));
  byId("lang-en").setAttribute("aria-pressed", String(lang === "en"));
  renderReportTab(lang);
  renderCalendarTab(lang);
  renderDossierTab(lang);
}

function setLang(next: Lang): void {
  if (next === lang) return;
  lang = next;
  render();
}

/** WAI-ARIA tabs with automatic activation: arrows, Home and End move between tabs. */
function setUpTabs(): void {
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const select = (tab: HTMLButtonElement, focus: boolean) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute("aria-selected", String(on));
      t.tabIndex = on ? 0 : -1;
      byId(t.getAttribute("aria-controls") ?? "").hidden = !on;
    }
    if (focus) tab.focus();
  };
  for (const [i, tab] of tabs.entries()) {
    tab.addEventListener("click", () => select(tab, false));
    tab.addEventListener("keydown", (e) => {
      const last = tabs.length - 1;
      const to =
        e.key === "ArrowRight"
          ? i === last
            ? 0
            : i + 1
          : e.key === "ArrowLeft"
            ? i === 0
              ? last
              : i - 1
            : e.key === "Home"
              ? 0
              : e.key === "End"
                ? last
                : -1;
      const target = tabs[to];
      if (!target) return;
      e.preventDefault();
      select(target, true);
    });
  }
}

function start(): void {
  byId("lang-vi").addEventListener("click", () => setLang("vi"));
  byId("lang-en").addEventListener("click", () => setLang("en"));
  setUpTabs();
  setUpReportTab(() => lang);
  setUpCalendarTab(() => lang);
  setUpDossierTab(() => lang);
  render();
}

start();
