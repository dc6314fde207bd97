"use client";

import { useEffect, useState } from "react";
import type { DosageTimer as Timer } from "@/lib/domain/dosage";

const TICK_MS = 250;

const clock = (ms: number) => {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
};

const roundName = (n: number, rounds: number) => (rounds > 1 ? `Round ${n} of ${rounds}` : "The timer");

type Run = { state: "ready" | "paused" | "done"; left: number } | { state: "running"; endsAt: number; left: number };

/**
 * Times one session of an item: a hold, so many times, or a stretch of minutes (lib/domain/dosage
 * timerOf). The client starts each round and may pause; the time left is shown but not read out
 * every second, and the end of each round is announced politely (a status), so a screen reader
 * hears it without being interrupted. Time is measured against the clock, not counted in ticks,
 * so a phone that slows a background tab still ends the hold on time.
 */
export function DosageTimer({ timer }: { timer: Timer }) {
  const { seconds, rounds } = timer;
  const full = seconds * 1000;
  const [round, setRound] = useState(1);
  const [run, setRun] = useState<Run>({ state: "ready", left: full });
  const [said, setSaid] = useState("");
  const endsAt = run.state === "running" ? run.endsAt : null;

  useEffect(() => {
    if (endsAt === null) return;
    const id = setInterval(() => {
      const left = Math.max(0, endsAt - Date.now());
      if (left > 0) {
        setRun({ state: "running", endsAt, left });
      } else if (round < rounds) {
        setSaid(`${roundName(round, rounds)} done. Rest, then start round ${round + 1}.`);
        setRound(round + 1);
        setRun({ state: "ready", left: full });
      } else {
        setSaid(rounds > 1 ? `All ${rounds} rounds done. Well done.` : "Time is up. Well done.");
        setRun({ state: "done", left: 0 });
      }
    }, TICK_MS);
    return () => clearInterval(id);
  }, [endsAt, round, rounds, full]);

  function start() {
    const again = run.state === "done";
    const from = again ? 1 : round;
    const left = again ? full : run.left;
    setRound(from);
    setRun({ state: "running", endsAt: Date.now() + left, left });
    setSaid(`${roundName(from, rounds)} ${run.state === "paused" ? "resumed" : "started"}.`);
  }

  function pause() {
    if (endsAt === null) return;
    setRun({ state: "paused", left: Math.max(0, endsAt - Date.now()) });
    setSaid(`${roundName(round, rounds)} paused.`);
  }

  const label =
    run.state === "running"
      ? "Pause"
      : run.state === "paused"
        ? "Resume"
        : run.state === "done"
          ? "Start again"
          : rounds > 1
            ? `Start round ${round}`
            : "Start timer";
  return (
    <div className="mt-3 rounded-md border border-slate-300 bg-slate-50 p-3">
      <div className="flex items-center justify-between gap-3">
        <div>
          <p className="text-sm text-slate-700">
            {rounds > 1 ? `Round ${round} of ${rounds}: time left` : "Time left"}
          </p>
          <p role="timer" className="text-3xl font-semibold tabular-nums">
            {clock(run.left)}
          </p>
        </div>
        <button
          type="button"
          onClick={run.state === "running" ? pause : start}
          className="min-h-11 rounded-md border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-900 hover:bg-brand-50"
        >
          {label}
        </button>
      </div>
      <p role="status" className="mt-1 min-h-5 text-sm font-medium">
        {said}
      </p>
    </div>
  );
}
