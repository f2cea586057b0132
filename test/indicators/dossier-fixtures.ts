import { type Dossier, DossierSchema } from "../../src/model/index.js";

/** A time on a day in Vietnam (UTC+7): `T("2022-03-01")` is 09:00 that day. */
export const T = (d: string, h = "09:00") => `${d}T${h}:00+07:00`;

/** A dossier of procedure P1 received in person on Tue 01/03/2022, with `over` changing any field. */
export const dossier = (id: string, over: Partial<Parameters<typeof DossierSchema.parse>[0]> = {}): Dossier =>
  DossierSchema.parse({
    id,
    procedureCode: "P1",
    channel: "in-person",
    receivedAt: T("2022-03-01"),
    status: "received",
    ...over,
  });
