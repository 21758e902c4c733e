"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useConfirm } from "./confirm-dialog";

export const LEAVE_WITHOUT_SAVING = "Bạn có thay đổi chưa lưu. Rời trang này và bỏ các thay đổi đó?";

/** What a click on a link looks like, for deciding whether leaving needs a confirmation. */
export interface LinkClick {
  /** The link's resolved href (a.href), or null when the click was not on a link. */
  href: string | null;
  /** The page's current URL. */
  current: string;
  target?: string | null;
  download?: boolean;
  /** 0 = primary button. */
  button: number;
  /** Ctrl, Meta, Shift or Alt held (opens elsewhere: the page stays). */
  modified: boolean;
  defaultPrevented?: boolean;
}

/**
 * Pure: whether a click leaves this page through the portal's own links while the form has unsaved
 * edits. Links to other tabs, downloads, other sites and same-page anchors (#…) do not leave the page.
 */
export function leavesWithUnsavedEdits(dirty: boolean, c: LinkClick): boolean {
  if (!dirty || !c.href || c.defaultPrevented || c.button !== 0 || c.modified || c.download) return false;
  if (c.target && c.target !== "_self") return false;
  let to: URL, from: URL;
  try {
    to = new URL(c.href, c.current);
    from = new URL(c.current);
  } catch {
    return false;
  }
  if (to.protocol !== "http:" && to.protocol !== "https:") return false;
  if (to.origin !== from.origin) return false;
  return to.pathname !== from.pathname || to.search !== from.search;
}

/**
 * While `dirty`: the browser's own "leave site?" on reload/close/typed address (beforeunload), and the
 * portal's confirmation dialog before following one of the portal's links (next/link navigates without
 * unloading the page, so beforeunload alone does not see it). The click is held back; "Rời trang"
 * follows the link, "Ở lại" or Esc keeps the user on the form.
 */
export function useLeaveGuard(dirty: boolean, message = LEAVE_WITHOUT_SAVING) {
  const router = useRouter();
  const confirm = useConfirm();
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    // Capture phase on window: runs before React's handlers (next/link's onClick) on the root.
    const onClick = (e: MouseEvent) => {
      const a = e.target instanceof Element ? e.target.closest("a[href]") : null;
      if (!(a instanceof HTMLAnchorElement)) return;
      const leaves = leavesWithUnsavedEdits(true, {
        href: a.href,
        current: window.location.href,
        target: a.getAttribute("target"),
        download: a.hasAttribute("download"),
        button: e.button,
        modified: e.ctrlKey || e.metaKey || e.shiftKey || e.altKey,
        defaultPrevented: e.defaultPrevented,
      });
      if (!leaves) return;
      e.preventDefault();
      e.stopPropagation();
      const to = new URL(a.href);
      void confirm({ title: "Rời trang này?", description: message, confirmLabel: "Rời trang", cancelLabel: "Ở lại", tone: "danger" }).then((ok) => {
        if (ok) router.push(to.pathname + to.search + to.hash);
      });
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("click", onClick, true);
    };
  }, [dirty, message, router, confirm]);
}
