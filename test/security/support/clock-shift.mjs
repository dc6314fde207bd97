// Preloaded (node --import) into the security suite's Playwright server only: moves the
// server's clock forward by the milliseconds written in UNKNOT_CLOCK_FILE, so a test that
// fast-forwards the browser with Playwright's clock can move the server's with it. Session
// timeouts are decided on the server; without this the browser's clock would prove nothing.
import fs from "node:fs";
const file = process.env.UNKNOT_CLOCK_FILE;
if (file) {
  const RealDate = Date;
  let offset = 0;
  let readAt = 0;
  const shift = () => {
    const real = RealDate.now();
    if (real - readAt > 20) {
      readAt = real;
      try {
        offset = Number(fs.readFileSync(file, "utf8")) || 0;
      } catch {
        offset = 0;
      }
    }
    return real + offset;
  };
  function ShiftedDate(...args) {
    if (!new.target) return new RealDate(shift()).toString();
    return args.length ? new RealDate(...args) : new RealDate(shift());
  }
  ShiftedDate.prototype = RealDate.prototype;
  ShiftedDate.now = shift;
  ShiftedDate.parse = RealDate.parse;
  ShiftedDate.UTC = RealDate.UTC;
  globalThis.Date = ShiftedDate;
}
