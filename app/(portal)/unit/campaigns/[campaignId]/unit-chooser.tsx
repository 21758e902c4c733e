import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

/** Several of the user's units take part in the campaign: choose one. */
export function UnitChooser({
  title,
  campaign,
  choices,
  basePath,
}: {
  title: string;
  campaign: { documentNumber: string; title: string };
  choices: { id: string; name: string }[];
  basePath: string;
}) {
  return (
    <>
      <PageHeader
        title={title}
        breadcrumbs={[{ href: "/unit", label: "Đơn vị của tôi" }]}
        description={`Kế hoạch số ${campaign.documentNumber}: ${campaign.title}`}
      />
      <p className="mb-3 text-slate-800">Bạn thuộc nhiều đơn vị tham gia kế hoạch này. Chọn đơn vị:</p>
      <ul className="flex flex-col gap-2">
        {choices.map((u) => (
          <li key={u.id}>
            <LinkButton href={`${basePath}?unit=${u.id}`} variant="secondary">
              {u.name}
            </LinkButton>
          </li>
        ))}
      </ul>
    </>
  );
}
