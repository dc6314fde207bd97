// npm run practice -- <command>: sets up a real practice on the database the app uses
// (DATABASE_URL, else the embedded folder, which must not be in use by a running server).
//
//   create     --name "Practice" --time-zone Europe/London --admin-email you@example.com --admin-name "Your Name"
//   add-staff  --practice <id> --email them@example.com --name "Their Name" [--role therapist|admin]
//   list
//   remove-demo  deletes the demo practice (public passwords) and everything in it, once yours exists
//   import-fhir --practice <id> --file bundle.json   a client's record exported by another Unknot
//                (Patient/<id>/$everything) recreated in this practice, e.g. when a client moves
//
// The password is asked for twice on the terminal, or read from UNKNOT_PASSWORD when set
// (for automation; keep it out of shell history).
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { closeDatabase } from "../db/client";
import { readFileSync } from "node:fs";
import { removeDemoPractice } from "../lib/dal/demo-practice";
import { importClientBundle } from "../lib/dal/fhir-import";
import { addStaff, createPracticeWithAdmin, listPractices, type ProvisionResult } from "../lib/dal/practice-setup";
import { practiceSchema, staffSchema } from "../lib/validation/practice";

function ask(question: string, hidden: boolean): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  if (hidden) {
    // Echo nothing of what is typed after the question.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.startsWith(question)) process.stdout.write(question);
    };
  }
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function password(): Promise<string> {
  if (process.env.UNKNOT_PASSWORD !== undefined) return process.env.UNKNOT_PASSWORD;
  if (!process.stdin.isTTY) throw new Error("No terminal to ask for the password on: set UNKNOT_PASSWORD.");
  const first = await ask("Password (at least 10 characters): ", true);
  const again = await ask("Type it again: ", true);
  if (first !== again) throw new Error("The two passwords do not match.");
  return first;
}

function fail(issues: { path: PropertyKey[]; message: string }[]): never {
  throw new Error(issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("\n"));
}

const REFUSED = {
  "setup.email-taken": (email: string) => `${email} already has a login.`,
  "setup.no-practice": () => "No practice has that id (npm run practice -- list shows the ids).",
} as const;

function report(result: ProvisionResult, what: string, email: string) {
  if (!result.ok) throw new Error(REFUSED[result.code](email));
  console.log(`${what}\n  practice id: ${result.practiceId}\n  user id:     ${result.userId}`);
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      name: { type: "string" },
      "time-zone": { type: "string" },
      "admin-email": { type: "string" },
      "admin-name": { type: "string" },
      practice: { type: "string" },
      email: { type: "string" },
      role: { type: "string", default: "therapist" },
      file: { type: "string" },
    },
  });
  if (command === "list") {
    for (const p of await listPractices()) console.log(`${p.id}  ${p.name}  (${p.timeZone}, ${p.staff} staff)`);
    return;
  }
  if (command === "create") {
    const parsed = practiceSchema.safeParse({
      name: values.name,
      timeZone: values["time-zone"],
      admin: { email: values["admin-email"], displayName: values["admin-name"], password: await password() },
    });
    if (!parsed.success) fail(parsed.error.issues);
    return report(
      await createPracticeWithAdmin(parsed.data),
      `Created "${parsed.data.name}" with admin ${parsed.data.admin.email}.`,
      parsed.data.admin.email,
    );
  }
  if (command === "add-staff") {
    if (!/^[0-9a-f-]{36}$/i.test(values.practice ?? ""))
      throw new Error("--practice <id> is required (npm run practice -- list shows the ids).");
    const parsed = staffSchema.safeParse({
      email: values.email,
      displayName: values.name,
      role: values.role,
      password: await password(),
    });
    if (!parsed.success) fail(parsed.error.issues);
    return report(
      await addStaff(values.practice!, parsed.data),
      `Added ${parsed.data.role} ${parsed.data.email}.`,
      parsed.data.email,
    );
  }
  if (command === "remove-demo") {
    // An empty database gets the demo practice again on its next start: keep the real one first.
    if ((await listPractices()).every((p) => p.demo)) {
      throw new Error("Create your practice first (npm run practice -- create …), then remove the demo one.");
    }
    const removed = await removeDemoPractice();
    if (!removed.ok) throw new Error("There is no demo practice to remove.");
    for (const practice of removed.removed) console.log(`Removed "${practice.name}" and its ${practice.rows} rows.`);
    return;
  }
  if (command === "import-fhir") {
    if (!/^[0-9a-f-]{36}$/i.test(values.practice ?? ""))
      throw new Error("--practice <id> is required (npm run practice -- list shows the ids).");
    if (!values.file) throw new Error("--file <bundle.json> is required.");
    const result = await importClientBundle(values.practice!, JSON.parse(readFileSync(values.file, "utf8")));
    if (!result.ok) throw new Error(`Nothing imported (${result.code}${result.detail ? `: ${result.detail}` : ""}).`);
    console.log(`Imported client ${result.clientId}: ${JSON.stringify(result.counts)}`);
    return;
  }
  throw new Error(
    "Commands: create, add-staff, list, remove-demo, import-fhir (see the top of scripts/practice.ts or the README).",
  );
}

main()
  .catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
