import { defineConfig } from "vitest/config";

// Used only by stryker.calendar.config.json: mutation testing of src/calendar runs the calendar tests only.
export default defineConfig({
  test: {
    include: ["test/calendar/**/*.test.ts"],
    testTimeout: 60_000,
    // Lets the slowest law (the 1900–2199 round trip) sample every 11th day per mutant; `npm test` runs it all.
    env: { CCHC_MUTATION: "1" },
  },
});
