import { z } from "zod";
import { AgencySchema } from "./agency.js";
import { LegalDocumentSchema } from "./document.js";
import { DossierSchema } from "./dossier.js";
import { DossierFlowSchema } from "./dossier-flow.js";
import { DisbursementSchema, PublicServiceUnitSchema, StaffingSchema } from "./finance.js";
import { ReportingPeriodSchema } from "./period.js";
import { ProcedureSchema } from "./procedure.js";
import { ReportSchema } from "./report.js";

/** The model's schemas by the file name their JSON Schema is published under (`schemas/<name>.json`). */
export const MODEL_SCHEMAS = {
  agency: AgencySchema,
  "legal-document": LegalDocumentSchema,
  procedure: ProcedureSchema,
  dossier: DossierSchema,
  "dossier-flow": DossierFlowSchema,
  "public-service-unit": PublicServiceUnitSchema,
  disbursement: DisbursementSchema,
  staffing: StaffingSchema,
  "reporting-period": ReportingPeriodSchema,
  report: ReportSchema,
} as const;

/**
 * JSON Schema (draft 2020-12) of every model type, describing the input a JSON file may hold
 * (defaults optional). Published in the package as `cchc/schemas/<name>.json`.
 * @example
 * const { report } = modelJsonSchemas();
 */
export function modelJsonSchemas(): Record<keyof typeof MODEL_SCHEMAS, Record<string, unknown>> {
  const out = {} as Record<keyof typeof MODEL_SCHEMAS, Record<string, unknown>>;
  for (const [name, schema] of Object.entries(MODEL_SCHEMAS) as [keyof typeof MODEL_SCHEMAS, z.ZodType][]) {
    out[name] = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  }
  return out;
}
