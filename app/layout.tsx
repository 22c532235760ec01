import type { Metadata } from "next";
import { headers } from "next/headers";
import localFont from "next/font/local";
import { Toaster } from "sonner";
import { ThemeProvider } from "@/components/layout/theme-provider";
import "./globals.css";

// Bundled locally: nothing is fetched from a font service at build time.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

export const metadata: Metadata = {
  title: { default: "Inkset", template: "%s · Inkset" },
  description: "Hyperlinked PDF planners and notebooks for e-ink tablets, from YAML templates.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // proxy.ts sets a fresh CSP nonce per request; reading it also keeps every page dynamically
  // rendered, which a nonce needs (a prerendered page would carry scripts without it).
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" className={inter.variable} suppressHydrationWarning>
      <body className="min-h-screen font-sans">
        <ThemeProvider nonce={nonce}>
          {children}
          <Toaster closeButton position="bottom-right" />
        </ThemeProvider>
      </body>
    </html>
  );
}
