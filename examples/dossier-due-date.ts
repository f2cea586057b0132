/**
 * When is a dossier due, and was it early, on time or late? Working days skip weekends, public
 * holidays and the government's yearly swaps (Tết 2026: 16–20 February off).
 *
 *   npx tsx examples/dossier-due-date.ts
 */
import { classifyDossier, createWorkingCalendar, dossierDueDate } from "cchc/calendar";

export function main(): string {
  const calendar = createWorkingCalendar();
  const lines: string[] = [];

  // A 3-working-day procedure, received on the Friday before Tết 2026.
  const due = dossierDueDate({ receivedAt: "2026-02-13T09:00:00+07:00", workingDays: 3 }, calendar);
  lines.push(`received 2026-02-13, 3 working days → due ${due.due}`);

  // A same-day procedure (0 working days) with a 15:00 cut-off, received at 16:10: due the next working day.
  const late = dossierDueDate(
    { receivedAt: "2026-08-21T16:10:00+07:00", workingDays: 0, cutoff: "15:00" },
    calendar,
  );
  lines.push(`received 2026-08-21 16:10 after the 15:00 cut-off → due ${late.due}`);

  // Saturday 22 August 2026 is a make-up working day (Monday 31 August is off instead).
  lines.push(
    `2026-08-22 working day? ${calendar.isWorkingDay("2026-08-22")}; 2026-08-31? ${calendar.isWorkingDay("2026-08-31")}`,
  );

  const dossier = {
    id: "H34-0001",
    channel: "online" as const,
    receivedAt: "2026-02-13T09:00:00+07:00",
    workingDays: 3,
    resolvedAt: "2026-02-25T16:30:00+07:00",
  };
  const c = classifyDossier(dossier, { asOf: "2026-03-14", calendar });
  lines.push(`resolved 2026-02-25 → ${c.status} (due ${c.due})`);
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(main());
