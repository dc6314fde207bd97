import type { Metadata, Viewport } from "next";
import { Suspense } from "react";
import { DemoBanner } from "@/components/demo-banner";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Unknot", template: "%s · Unknot" },
  description: "Practice management for manual therapists treating muscular pain.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <Suspense fallback={null}>
          <DemoBanner />
        </Suspense>
        {children}
      </body>
    </html>
  );
}
