import { PublicShell } from "@/components/public/public-shell";

/** The public pages: readable without signing in (issue 14). */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <PublicShell>{children}</PublicShell>;
}
