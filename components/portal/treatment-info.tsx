/** What treatment involves, in plain words: what a person reads before consenting (portal and booking link alike). */
export function TreatmentInfo() {
  return (
    <ul className="list-disc space-y-1 pl-5">
      <li>Your therapist asks about your pain and health, and examines the muscles involved by touch and pressure.</li>
      <li>
        Treatment is hands-on (massage and pressure on tender points) and a home plan of self-massage, stretches and
        exercises.
      </li>
      <li>
        Muscles can feel sore for a day or two afterwards. Tell your therapist if any pressure is too much: it should
        never be sharp or shooting pain.
      </li>
      <li>Tell your therapist about any change in your health or medicines before each visit.</li>
      <li>You may stop any treatment or exercise at any time, and withdraw your consent by telling your therapist.</li>
    </ul>
  );
}
