import type { Metadata } from "next";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Không tải được tệp" };

/** Where a refused download (evidence file, certificate) sends a browser, inside the portal's shell. */
export default function DownloadRefusedPage() {
  return (
    <div className="max-w-2xl">
      <PageHeader title="Không tải được tệp" />
      <p className="text-slate-800">Bạn không có quyền tải tệp này hoặc tệp không còn.</p>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-700">
        <li>Tệp có thể đã được thay bằng tệp mới hoặc đã bị xoá: hãy mở lại hồ sơ, báo cáo hoặc quyết định và tải từ danh sách hiện hành.</li>
        <li>Nếu bạn cần xem tệp này, hãy liên hệ đơn vị sở hữu hồ sơ hoặc Bộ phận CCHC.</li>
      </ul>
      <div className="mt-6 flex flex-wrap gap-2">
        <LinkButton href="/">Về trang chủ</LinkButton>
      </div>
    </div>
  );
}
