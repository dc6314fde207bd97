/**
 * A field people never see or reach (a honeypot): off-screen, hidden from assistive technology,
 * out of the tab order and never autofilled. The simplest bots fill in every field, this one too,
 * and the data-access layer refuses them.
 */
export function HoneypotField() {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
      <label htmlFor="field-website">Website</label>
      <input id="field-website" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
