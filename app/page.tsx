import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { PublicShell } from "@/components/public/public-shell";
import { PublicCampaignCard } from "@/components/public/campaign-card";
import { LinkButton } from "@/components/ui/button";
import { homePathFor } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { listPublicCampaigns } from "@/lib/public-site/queries";

export const metadata = { title: { absolute: "Cổng thi đua cải cách hành chính" } };

/**
 * The portal's address. Signed in: each user lands on their own home page by role. Anyone else sees the
 * public face of the portal (issue 14): the campaigns open to the public and the way to contribute.
 */
export default async function HomePage() {
  const user = await getCurrentUser();
  if (user) {
    if (user.mustChangePassword) redirect("/account?must=1");
    redirect(homePathFor(user.roles));
  }
  const { rows, total } = await listPublicCampaigns(1);
  const open = rows.filter((c) => c.takesIdeas);
  return (
    <PublicShell>
      <section aria-labelledby="hero" className="mb-8 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h1 id="hero" className="text-2xl font-bold text-slate-900">
          Phong trào thi đua cải cách hành chính
        </h1>
        <p className="mt-2 text-slate-800">
          Người dân, tổ chức, doanh nghiệp cùng cơ quan nhà nước đóng góp mô hình, giải pháp, sáng kiến và hiến kế để thủ tục hành chính đơn giản hơn,
          phục vụ tốt hơn. Tại đây anh/chị xem các phong trào đang phát động, các mô hình điển hình đã được công nhận, kết quả khen thưởng, và gửi hiến kế
          của mình mà không cần tài khoản.
        </p>
        <div className="mt-4 flex flex-wrap gap-2">
          {open.length > 0 && <LinkButton href={open.length === 1 ? `/public/campaigns/${open[0].id}/ideas/new` : "/public/campaigns"}>Gửi hiến kế</LinkButton>}
          <LinkButton href="/public/ideas/track" variant="secondary">
            Tra cứu hiến kế đã gửi
          </LinkButton>
        </div>
      </section>

      <section aria-labelledby="campaigns">
        <h2 id="campaigns" className="mb-3 text-xl font-semibold text-slate-900">
          Phong trào đang công khai
        </h2>
        {rows.length === 0 ? (
          <p className="text-slate-700">Chưa có phong trào nào được công khai.</p>
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {rows.slice(0, 6).map((c) => (
              <li key={c.id}>
                <PublicCampaignCard campaign={c} />
              </li>
            ))}
          </ul>
        )}
        {total > 6 && (
          <p className="mt-3">
            <Link href="/public/campaigns" className="text-brand-700 underline">
              Xem tất cả {total.toLocaleString("vi-VN")} phong trào
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="more" className="mt-8 grid gap-3 md:grid-cols-2">
        <h2 id="more" className="sr-only">
          Thông tin khác
        </h2>
        <Link href="/public/library" className="block rounded-lg bg-white p-4 ring-1 ring-slate-200 hover:ring-brand-600">
          <span className="font-semibold text-brand-700">Mô hình điển hình đã được công nhận</span>
          <span className="mt-1 block text-sm text-slate-700">Các mô hình, giải pháp, sáng kiến được công nhận bằng quyết định, để học hỏi và nhân rộng.</span>
        </Link>
        <Link href="/public/awards" className="block rounded-lg bg-white p-4 ring-1 ring-slate-200 hover:ring-brand-600">
          <span className="font-semibold text-brand-700">Kết quả khen thưởng</span>
          <span className="mt-1 block text-sm text-slate-700">Tập thể, cá nhân, người dân và doanh nghiệp được khen thưởng, với số quyết định.</span>
        </Link>
      </section>
    </PublicShell>
  );
}
