// A bench floor (npm run bench): the cheapest page Next serves, prerendered at build time.
// server.mjs answers not-found for every /bench address unless UNKNOT_BENCH=1.
export const dynamic = "force-static";

export default function StaticFloor() {
  return (
    <main id="main" className="px-4 py-6">
      <h1>Static floor</h1>
    </main>
  );
}
