/**
 * Opens and migrates the database when the server starts, before it takes requests, then
 * starts the server's background jobs (reminders, email delivery).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startDatabase } = await import("@/lib/dal/startup");
  await startDatabase();
  const { startJobs } = await import("@/lib/dal/jobs");
  startJobs();
}
