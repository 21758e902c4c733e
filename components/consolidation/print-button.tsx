"use client";

import { Button } from "@/components/ui/button";

export function PrintButton({ label = "In danh sách" }: { label?: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
