import Link from "@/components/ui/link";
import { getLineage, type LineageNode } from "@/lib/cascade/queries";
import { ForwardOutcome } from "./forward-outcome";

/**
 * Where an initiative came from and where it went, any depth: the chain down to the original
 * registration (origin unit, original campaign) and every forward up the campaign chain with the
 * parent's outcome. Rendered by the initiative page, which has already authorised the viewer for
 * THIS initiative: the panel shows only campaign and unit names, statuses and links (a linked record
 * the viewer may not open answers "not found").
 */
export async function LineagePanel({ initiativeId }: { initiativeId: string }) {
  const nodes = await getLineage(initiativeId);
  const self = nodes.find((n) => n.depth === 0);
  if (!self) return null;
  const chain = nodes.filter((n) => n.depth <= 0).sort((a, b) => a.depth - b.depth);
  const above = nodes.filter((n) => n.depth > 0);
  const childrenOf = (id: string) => above.filter((n) => n.forwardedFromId === id);
  const further = (n: LineageNode) => childrenOf(n.id)[0]?.documentNumber ?? null;

  return (
    <section aria-labelledby="lineage-h" className="mb-8" data-lineage>
      <h2 id="lineage-h" className="mb-2 text-lg font-semibold text-slate-900">
        Nguồn gốc và gửi lên cấp trên
      </h2>
      <div className="rounded-md border border-slate-300 bg-white p-4 text-sm">
        {nodes.length === 1 ? (
          <p className="text-slate-700">
            Nội dung do {self.unitName} đăng ký trực tiếp trong Kế hoạch {self.documentNumber}; chưa được gửi lên kế hoạch cấp trên.
          </p>
        ) : (
          <ol className="flex flex-col gap-3">
            {chain.map((n, i) => (
              <li key={n.id} className="flex flex-col gap-1 border-l-4 border-slate-300 pl-3" data-lineage-depth={n.depth}>
                <Step node={n} first={i === 0} isSelf={n.depth === 0} further={further(n) ?? (i < chain.length - 1 ? chain[i + 1].documentNumber : null)} />
                {n.depth === 0 && above.length > 0 && <Forwards parentId={n.id} childrenOf={childrenOf} further={further} />}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

function Step({ node: n, first, isSelf, further }: { node: LineageNode; first: boolean; isSelf: boolean; further: string | null }) {
  return (
    <>
      <p>
        {first ? (
          <>
            <span className="font-semibold">Đăng ký ban đầu:</span> {n.unitName}, Kế hoạch {n.documentNumber} của {n.campaignIssuerName}
          </>
        ) : (
          <>
            <span className="font-semibold">{n.unitName}</span> gửi lên Kế hoạch {n.documentNumber} của {n.campaignIssuerName}
          </>
        )}
        {isSelf ? (
          <span className="text-slate-600"> (nội dung đang xem)</span>
        ) : (
          <>
            {" · "}
            <Link href={`/initiatives/${n.id}`} className="text-brand-700 underline">
              Xem
            </Link>
          </>
        )}
      </p>
      {!first && n.forwardedAt && (
        <ForwardOutcome
          forward={{
            documentNumber: n.documentNumber,
            forwardedAt: n.forwardedAt,
            registrationStatus: n.registrationStatus,
            returnComment: n.returnComment,
            isTypical: n.isTypical,
            furtherDocumentNumber: further,
          }}
        />
      )}
    </>
  );
}

/** The forwards above an initiative, as nested lists (a copy may itself have been forwarded further). */
function Forwards({
  parentId,
  childrenOf,
  further,
}: {
  parentId: string;
  childrenOf: (id: string) => LineageNode[];
  further: (n: LineageNode) => string | null;
}) {
  const children = childrenOf(parentId);
  if (children.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-col gap-3">
      {children.map((c) => (
        <li key={c.id} className="flex flex-col gap-1 border-l-4 border-brand-700 pl-3" data-lineage-depth={c.depth}>
          <Step node={c} first={false} isSelf={false} further={further(c)} />
          <Forwards parentId={c.id} childrenOf={childrenOf} further={further} />
        </li>
      ))}
    </ul>
  );
}
