import type { FlagDto } from "@/lib/dal/flags";
import { flagInfo } from "@/lib/flag-display";
import { formatDate } from "@/lib/format";

/**
 * Open flags at the top of every page of a client, most serious first: level, condition,
 * what it blocks and what it requires. The server enforces the blocks; this explains them.
 */
export function FlagBanner({ flags }: { flags: FlagDto[] }) {
  if (flags.length === 0) return null;
  return (
    <section aria-labelledby="open-flags-heading" className="mb-6 space-y-2 print:hidden">
      <h2 id="open-flags-heading" className="sr-only">
        Open contraindication flags
      </h2>
      {flags.map((flag) => {
        const info = flagInfo(flag.contraindicationId);
        return (
          <div key={flag.id} className={`rounded-lg border-2 p-3 ${info.style.box}`}>
            <p className="flex flex-wrap items-center gap-2 font-semibold">
              <span className={`rounded px-2 py-0.5 text-sm uppercase tracking-wide ${info.style.badge}`}>
                <span aria-hidden="true">{info.style.icon} </span>
                {info.levelName}
              </span>
              <span>{info.name}</span>
            </p>
            <p className="mt-1 text-sm">
              <span className="font-semibold">Blocks:</span> {info.blocksText}.{" "}
              <span className="font-semibold">Requires:</span> {info.requires}.
            </p>
            {flag.referredTo ? (
              <p className="mt-1 text-sm">
                Referred to {flag.referredTo} on {formatDate(flag.referredOn)}.
              </p>
            ) : info.level === "stop" ? (
              <p className="mt-1 text-sm font-semibold">No referral recorded yet.</p>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
