/**
 * `cchc/calendar` — Vietnamese lunar calendar, holidays, working days, dossier deadlines and
 * timeliness, reporting periods. Depends on nothing else in `cchc`; runs in browsers.
 * @packageDocumentation
 */
export {
  type CountOptions,
  countDossiers,
  type DateRange,
  type DossierCounts,
  type OnTimeDenominator,
  type OnTimeRate,
  onTimeRate,
} from "./counters.js";
export {
  fromEpochDay,
  isoWeekday,
  toEpochDay,
  vietnamDate,
  vietnamTimeOfDay,
} from "./date.js";
export {
  type ClassifyOptions,
  classifyDossier,
  type DossierClassification,
  type DossierLike,
  type DueDateInput,
  type DueDateResult,
  dossierDueDate,
  type SupplementPeriod,
  type Timeliness,
} from "./deadline.js";
export {
  CalendarError,
  type CalendarErrorCode,
  CalendarRangeError,
  type CalendarResult,
  type LocalizedText,
} from "./errors.js";
export {
  type DayEntryInput,
  DECISION_YEARS,
  type HolidayInstrument,
  type HolidayKind,
  STATUTORY_HOLIDAY_RULES,
  type StatutoryHolidayName,
  type StatutoryHolidayRule,
  WEEKLY_REST_RULES,
  YEARLY_DECISIONS,
  type YearOverride,
} from "./holidays.js";
export {
  type LunarDate,
  type LunarDateInput,
  leapMonthOf,
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
} from "./lunar.js";
export {
  customPeriod,
  formatPeriodId,
  type PeriodId,
  type PeriodKind,
  type PeriodRegime,
  parsePeriodId,
  type ReportDeadline,
  type ReportingPeriod,
  reportDeadline,
  reportingPeriod,
} from "./periods.js";
export {
  createWorkingCalendar,
  defaultCalendar,
  type EpochDayCalendar,
  type HolidayEntry,
  type MakeUpWorkingDay,
  type WorkingCalendar,
  type WorkingCalendarOptions,
  type YearBasis,
} from "./working.js";
