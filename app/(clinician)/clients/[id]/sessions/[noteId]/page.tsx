import type { Metadata } from "next";
import { Section } from "@/components/ui/section";
import { FindingsEditor } from "@/components/findings/findings-editor";
import { ScreenForm } from "@/components/screen/screen-form";
import { AmendmentForm, SignForm } from "@/components/session/note-actions";
import { SoapForm } from "@/components/session/soap-form";
import { ClientFrame } from "@/components/clients/client-frame";
import { ConsentForm } from "@/components/clients/consent-form";
import { getSessionNoteScreen, type SessionNoteDto } from "@/lib/dal/session-notes";
import {
  addAmendmentAction,
  recordNoteScreenAction,
  saveDraftAction,
  saveNoteFindingAction,
  signNoteAction,
} from "../actions";
import { recordConsentAction } from "../../../actions";
import { formatDate, formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Session note" };

function SignedNote({ note }: { note: SessionNoteDto }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
      <dt className="font-medium text-slate-700">Subjective</dt>
      <dd className="whitespace-pre-wrap">{note.subjective || "—"}</dd>
      <dt className="font-medium text-slate-700">Pain now</dt>
      <dd>{note.painNow === null ? "—" : `${note.painNow}/10`}</dd>
      <dt className="font-medium text-slate-700">Assessment</dt>
      <dd className="whitespace-pre-wrap">{note.assessment || "—"}</dd>
      <dt className="font-medium text-slate-700">Plan</dt>
      <dd className="whitespace-pre-wrap">{note.plan || "—"}</dd>
    </dl>
  );
}

export default async function SessionNotePage({ params }: { params: Promise<{ id: string; noteId: string }> }) {
  const { id, noteId } = await params;
  const { header, note, screen, lastScreen, timeZone } = await getSessionNoteScreen(id, noteId);
  const draft = note.status === "draft";
  return (
    <ClientFrame header={header}>
      <div className="space-y-6">
        <Section id="note" title={`Session of ${formatDate(note.visitDate)} — ${draft ? "draft" : "signed"}`}>
          <p className="mb-3 text-sm text-slate-700">
            Therapist: {note.therapistName}.{" "}
            {note.signedAt
              ? `Signed by ${note.signedByName} on ${formatDateTime(note.signedAt, timeZone)}; the note is locked.`
              : "Not signed yet."}
          </p>
          {draft ? (
            <SoapForm action={saveDraftAction.bind(null, noteId)} values={note} timeZone={timeZone} />
          ) : (
            <SignedNote note={note} />
          )}
        </Section>

        <Section id="objective" title="Objective: trigger-point findings">
          <FindingsEditor
            label="Body map of this session's findings"
            findings={note.findings}
            action={draft ? saveNoteFindingAction.bind(null, noteId) : undefined}
          />
        </Section>

        <Section id="screen" title="Contraindication screen, re-asked">
          {screen ? (
            <p className="mb-3 text-sm text-slate-700">
              Recorded at this visit {formatDateTime(screen.recordedAt, timeZone)}.
            </p>
          ) : (
            <p className="mb-3 text-sm font-medium">Not yet re-asked at this visit.</p>
          )}
          {draft ? (
            <ScreenForm action={recordNoteScreenAction.bind(null, noteId)} previous={lastScreen} timeZone={timeZone} />
          ) : null}
        </Section>

        {draft ? (
          <Section id="sign" title="Sign">
            {header.consentMissing ? (
              <div className="mb-4 rounded-md border border-amber-500 bg-amber-50 p-3 text-amber-950">
                <p className="font-medium">
                  This note cannot be signed yet: the client&apos;s consent to treatment is not on file.
                </p>
                <p className="text-sm">
                  Treatment needs the client&apos;s consent first.{" "}
                  {header.hasPortalLogin
                    ? "They can give it in their portal, or type their name here to record it now."
                    : "Ask them to type their name here to record it now."}
                </p>
                <ConsentForm action={recordConsentAction.bind(null, id)} />
              </div>
            ) : null}
            <SignForm action={signNoteAction.bind(null, noteId)} />
          </Section>
        ) : (
          <Section id="amendments" title="Amendments">
            {note.amendments.length === 0 ? <p className="mb-3 text-slate-700">No amendments.</p> : null}
            <ol className="mb-4 space-y-2">
              {note.amendments.map((a) => (
                <li key={a.id} className="rounded-md border border-slate-200 p-3">
                  <p className="text-xs text-slate-600">
                    {formatDateTime(a.createdAt, timeZone)} — {a.authorName}
                  </p>
                  <p className="whitespace-pre-wrap">{a.body}</p>
                </li>
              ))}
            </ol>
            <AmendmentForm action={addAmendmentAction.bind(null, noteId)} />
          </Section>
        )}
      </div>
    </ClientFrame>
  );
}
