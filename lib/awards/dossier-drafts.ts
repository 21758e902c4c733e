import "server-only";
import { renderOfficialDocx } from "@/lib/documents/nd30/docx";
import type { Nd30Block, OfficialDocument } from "@/lib/documents/nd30/model";
import { draftDocument, type DraftBlock, type DraftKind, type DraftModel } from "./proposals/dossier-text";

/**
 * Drafts of the three dossier documents as Word files (.docx), laid out by the shared Nghị định 30
 * renderer (lib/documents/nd30). The text itself comes from lib/awards/proposals/dossier-text.ts
 * (pure); the unit downloads the draft, completes and signs it, and uploads the signed version in
 * its place.
 */

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const block = (b: DraftBlock): Nd30Block => (b.type === "heading" ? { kind: "heading", text: b.text } : b.type === "item" ? { kind: "item", text: b.text } : { ...b, kind: b.type });

/** A draft of the dossier as an official document (the model the render test checks too). */
export function dossierOfficialDocument(kind: DraftKind, m: DraftModel): OfficialDocument & { fileName: string } {
  const d = draftDocument(kind, m);
  return {
    parentBody: d.parentBody,
    issuingBody: d.issuingBody,
    numberLine: d.numberLine || null,
    placeDate: d.placeAndDate,
    draft: true,
    title: d.title,
    summary: d.subtitle,
    addressee: d.addressee ? [d.addressee] : [],
    blocks: d.blocks.map(block),
    recipients: d.recipients,
    leftSigner: d.leftSigner,
    signer: d.signer,
    meta: { title: `${d.title} – ${m.nominee.name}`, creator: d.issuingBody },
    fileName: d.fileName,
  };
}

/** The .docx of a draft document of the dossier. */
export async function dossierDraftDocx(kind: DraftKind, m: DraftModel): Promise<{ buffer: Buffer; fileName: string }> {
  const doc = dossierOfficialDocument(kind, m);
  return { buffer: await renderOfficialDocx(doc), fileName: doc.fileName };
}
