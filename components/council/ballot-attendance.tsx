"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { markPresentAction } from "@/lib/council/voting/actions";

/** "Tôi có mặt": the member confirms attendance (only while the ballot is open). */
export function BallotAttendance({ sessionId }: { sessionId: string }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const onClick = () => {
    setError(null);
    start(async () => {
      const res = await markPresentAction({ sessionId });
      if (!res.ok) setError(res.error);
    });
  };
  return (
    <div className="flex flex-col gap-2">
      <div>
        <Button onClick={onClick} disabled={pending}>
          {pending ? "Đang ghi nhận…" : "Tôi có mặt"}
        </Button>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
