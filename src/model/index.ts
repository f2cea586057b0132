/**
 * The domain model: zod 4 schemas for agencies, documents, procedures (TTHC), dossiers, public service
 * units (ĐVSNCL), budgets, staffing, reporting periods and reports, with their inferred types.
 * @module model
 */
export * from "./agency.js";
export * from "./document.js";
export * from "./dossier.js";
export * from "./dossier-flow.js";
export * from "./finance.js";
export * from "./parse.js";
export * from "./period.js";
export * from "./primitives.js";
export * from "./procedure.js";
export * from "./report.js";
export * from "./schemas.js";
