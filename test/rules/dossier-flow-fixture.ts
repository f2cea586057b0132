import type { DossierFlow } from "../../src/model/dossier-flow.js";

/** One department's dossier flow that adds up (352 to process, 330 resolved, 22 pending): the checks' baseline. */
export const FLOW: DossierFlow = {
  unit: "Sở Tư pháp",
  toProcess: 352,
  resolved: 330,
  resolvedEarly: 200,
  resolvedOnTime: 125,
  resolvedLate: 5,
  pending: 22,
  pendingWithinDeadline: 20,
  pendingOverdue: 2,
};
