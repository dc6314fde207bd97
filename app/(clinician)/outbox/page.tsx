import type { Metadata } from "next";
import { listOutbox } from "@/lib/dal/outbox";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Outbox" };

const STATUS = { pending: "Waiting to send", sent: "Sent", held: "Not sent: no mail server configured" } as const;

/** Emails of the practice. Without SMTP settings they stay here, so invitations still work. */
export default async function OutboxPage() {
  const { messages, timeZone } = await listOutbox();
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Outbox</h1>
      <p className="mb-4 text-sm text-slate-700">
        Emails the app has written. Without a mail server (SMTP_URL) they are kept here for you to pass on.
      </p>
      {messages.length === 0 ? <p>No emails yet.</p> : null}
      <ol className="space-y-3">
        {messages.map((m) => (
          <li key={m.id}>
            <article
              aria-label={`Email to ${m.to}: ${m.subject}`}
              className="rounded-lg border border-slate-200 bg-white p-4"
            >
              <h2 className="font-semibold">{m.subject}</h2>
              <p className="text-sm text-slate-700">
                To {m.to} · {formatDateTime(m.createdAt, timeZone)} · {STATUS[m.status]}
              </p>
              <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm">{m.body}</pre>
              {m.linksHidden ? (
                <p className="mt-2 text-sm text-slate-700">
                  {m.status === "sent"
                    ? "The link went to the recipient and is theirs alone."
                    : "Only a practice admin sees the link: it lets whoever opens it into an account or a booking."}
                </p>
              ) : null}
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}
