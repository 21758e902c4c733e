import { describe, expect, it } from "vitest";
import { leavesWithUnsavedEdits, type LinkClick } from "../../components/ui/use-leave-guard";

const current = "https://thidua.example.vn/registrations/c1?unit=u1";
const click = (over: Partial<LinkClick> = {}): LinkClick => ({ href: "https://thidua.example.vn/campaigns", current, button: 0, modified: false, ...over });

describe("leave without saving?", () => {
  it("asks only while the form has unsaved edits and a portal link leaves the page", () => {
    expect(leavesWithUnsavedEdits(true, click())).toBe(true);
    expect(leavesWithUnsavedEdits(false, click())).toBe(false);
    expect(leavesWithUnsavedEdits(true, click({ href: "https://thidua.example.vn/registrations/c1?unit=u2" }))).toBe(true);
    expect(leavesWithUnsavedEdits(true, click({ href: "/account" }))).toBe(true);
  });

  it("does not ask for what keeps the page: same-page anchors, new tabs, modified clicks, downloads, other buttons", () => {
    expect(leavesWithUnsavedEdits(true, click({ href: `${current}#field-2` }))).toBe(false);
    expect(leavesWithUnsavedEdits(true, click({ target: "_blank" }))).toBe(false);
    expect(leavesWithUnsavedEdits(true, click({ target: "_self" }))).toBe(true);
    expect(leavesWithUnsavedEdits(true, click({ modified: true }))).toBe(false);
    expect(leavesWithUnsavedEdits(true, click({ button: 1 }))).toBe(false);
    expect(leavesWithUnsavedEdits(true, click({ download: true }))).toBe(false);
    expect(leavesWithUnsavedEdits(true, click({ defaultPrevented: true }))).toBe(false);
  });

  it("leaves other sites, mailto: and non-links to the browser", () => {
    expect(leavesWithUnsavedEdits(true, click({ href: "https://chinhphu.vn/" }))).toBe(false);
    expect(leavesWithUnsavedEdits(true, click({ href: "mailto:cchc@example.vn" }))).toBe(false);
    expect(leavesWithUnsavedEdits(true, click({ href: null }))).toBe(false);
  });
});
