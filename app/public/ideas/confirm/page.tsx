import { ConfirmEmailButton } from "@/components/public/track-controls";
import { PageHeader } from "@/components/ui/page-header";

export const metadata = { title: "Xác nhận thư điện tử", robots: { index: false } };

export default async function ConfirmIdeaEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const token = typeof sp.token === "string" ? sp.token.slice(0, 200) : "";
  return (
    <>
      <PageHeader title="Xác nhận thư điện tử" description="Bấm nút dưới đây để xác nhận địa chỉ thư điện tử đã dùng khi gửi hiến kế." />
      <ConfirmEmailButton token={token} />
    </>
  );
}
