import { afterEach, describe, expect, it } from "vitest";
import { absoluteUrl, EMAIL_FOOTER, escapeHtml, renderEmail } from "../../lib/mail/templates";

const saved = process.env.NEXTAUTH_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = saved;
});

describe("renderEmail", () => {
  it("renders a Vietnamese subject, plain text and accessible HTML with an absolute link", () => {
    process.env.NEXTAUTH_URL = "https://thidua.example.gov.vn/";
    const m = renderEmail({
      greetingName: "Nguyễn Văn An",
      title: "Còn 3 ngày: nộp Mẫu 1 (1128/KH-SQHKT)",
      lines: ["Hạn nộp: trước ngày 18/04/2026.", "Đơn vị: Phòng Quy hoạch khu vực 1."],
      actionText: "Mở Mẫu 1",
      actionUrl: "/unit/campaigns/c1?unit=u1",
    });
    expect(m.subject).toBe("Còn 3 ngày: nộp Mẫu 1 (1128/KH-SQHKT)");
    expect(m.text).toContain("Kính gửi Nguyễn Văn An,");
    expect(m.text).toContain("Hạn nộp: trước ngày 18/04/2026.");
    expect(m.text).toContain("Mở Mẫu 1: https://thidua.example.gov.vn/unit/campaigns/c1?unit=u1");
    expect(m.text).toContain(EMAIL_FOOTER);
    expect(m.html).toContain('<html lang="vi">');
    expect(m.html).toContain('href="https://thidua.example.gov.vn/unit/campaigns/c1?unit=u1"');
    expect(m.html).toContain(">Mở Mẫu 1</a>");
    expect(m.html).toContain("Thư tự động từ Cổng thi đua cải cách hành chính. Đổi cách nhận thông báo tại Tài khoản của tôi.");
    expect(m.html).not.toMatch(/<img|<script/i);
    expect(EMAIL_FOOTER).toBe("Thư tự động từ Cổng thi đua cải cách hành chính. Đổi cách nhận thông báo tại Tài khoản của tôi.");
  });

  it("escapes user text in the HTML and keeps the subject on one line", () => {
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    const m = renderEmail({
      greetingName: `<img src=x onerror="alert(1)">`,
      title: "Sáng kiến <script>alert('x')</script>\nmới",
      lines: ['Tên: "A & B" <i>nghiêng</i>'],
      items: [{ text: "<b>Một</b>", url: "/todo" }, { text: "Hai" }],
      actionUrl: "/todo?a=1&b=2",
    });
    expect(m.subject).toBe("Sáng kiến <script>alert('x')</script> mới");
    expect(m.html).not.toContain("<script>");
    expect(m.html).not.toContain("<img");
    expect(m.html).not.toContain("<b>Một</b>");
    expect(m.html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(m.html).toContain("Tên: &quot;A &amp; B&quot; &lt;i&gt;nghiêng&lt;/i&gt;");
    expect(m.html).toContain('href="http://localhost:3000/todo?a=1&amp;b=2"');
    expect(m.html).toContain("Mở trên Cổng thi đua");
    expect(m.text).toContain("- <b>Một</b>\n  http://localhost:3000/todo");
    expect(m.text).toContain("Kính gửi <img");
  });

  it("builds absolute links from NEXTAUTH_URL", () => {
    process.env.NEXTAUTH_URL = "https://a.example/";
    expect(absoluteUrl("/x")).toBe("https://a.example/x");
    expect(absoluteUrl("x")).toBe("https://a.example/x");
    expect(absoluteUrl("https://b.example/y")).toBe("https://b.example/y");
    delete process.env.NEXTAUTH_URL;
    expect(absoluteUrl("/x")).toBe("http://localhost:3000/x");
    expect(escapeHtml(`<>&"'`)).toBe("&lt;&gt;&amp;&quot;&#39;");
  });
});
