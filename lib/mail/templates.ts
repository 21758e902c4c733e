export interface EmailContent {
  greetingName?: string | null;
  title: string;
  lines: readonly string[];
  /** Optional list of linked items (e.g. a digest): each "text" with its portal path or URL. */
  items?: readonly { text: string; url?: string | null }[];
  actionText?: string | null;
  /** A portal path ("/todo") or an absolute URL; paths are made absolute with NEXTAUTH_URL. */
  actionUrl?: string | null;
  /** Replaces the standard footer (mail to people without an account: no "Tài khoản của tôi"). */
  footer?: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export const EMAIL_FOOTER =
  "Thư tự động từ Cổng thi đua cải cách hành chính. Đổi cách nhận thông báo tại Tài khoản của tôi.";

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** The public base address of the portal, without trailing slash. */
export function portalBaseUrl(): string {
  const raw = process.env.NEXTAUTH_URL?.trim() || "http://localhost:3000";
  return raw.replace(/\/+$/, "");
}

/** An absolute link to the portal for a path ("/todo"); absolute http(s) URLs pass through. */
export function absoluteUrl(pathOrUrl: string): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl;
  const path = pathOrUrl.startsWith("/") ? pathOrUrl : `/${pathOrUrl}`;
  return `${portalBaseUrl()}${path}`;
}

const oneLine = (s: string) => s.replace(/[\r\n]+/g, " ").trim();

/** A Vietnamese e-mail in plain text and simple accessible HTML (inline styles, no images). */
export function renderEmail(input: EmailContent): RenderedEmail {
  const subject = oneLine(input.title).slice(0, 500);
  const greeting = input.greetingName ? `Kính gửi ${oneLine(input.greetingName)},` : "Kính gửi anh/chị,";
  const url = input.actionUrl ? absoluteUrl(input.actionUrl) : null;
  const actionText = input.actionText?.trim() || "Mở trên Cổng thi đua";
  const portal = `${portalBaseUrl()}/`;

  const text = [
    greeting,
    "",
    oneLine(input.title),
    "",
    ...input.lines,
    ...(input.items ?? []).map((it) => `- ${oneLine(it.text)}${it.url ? `\n  ${absoluteUrl(it.url)}` : ""}`),
    ...(url ? ["", `${actionText}: ${url}`] : []),
    "",
    "--",
    input.footer ?? EMAIL_FOOTER,
    `Cổng thi đua: ${portal}`,
  ].join("\n");

  const p = "margin:0 0 12px 0;font-size:15px;line-height:1.5;color:#0f172a;";
  const html = `<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f1f5f9;font-family:Arial,Helvetica,sans-serif;">
<div role="article" aria-label="${escapeHtml(subject)}" lang="vi" style="max-width:600px;margin:0 auto;padding:24px 16px;">
<div style="background:#ffffff;border:1px solid #cbd5e1;border-radius:8px;padding:24px;">
<p style="${p}">${escapeHtml(greeting)}</p>
<h1 style="margin:0 0 16px 0;font-size:20px;line-height:1.3;color:#0f172a;">${escapeHtml(oneLine(input.title))}</h1>
${input.lines.map((l) => `<p style="${p}">${escapeHtml(l)}</p>`).join("\n")}
${
  input.items?.length
    ? `<ul style="margin:0 0 12px 0;padding-left:20px;font-size:15px;line-height:1.5;color:#0f172a;">${input.items
        .map((it) =>
          it.url
            ? `<li style="margin-bottom:6px;"><a href="${escapeHtml(absoluteUrl(it.url))}" style="color:#1d4ed8;">${escapeHtml(oneLine(it.text))}</a></li>`
            : `<li style="margin-bottom:6px;">${escapeHtml(oneLine(it.text))}</li>`,
        )
        .join("")}</ul>`
    : ""
}
${
  url
    ? `<p style="margin:20px 0;"><a href="${escapeHtml(url)}" style="display:inline-block;background:#1d4ed8;color:#ffffff;font-weight:bold;text-decoration:underline;padding:10px 18px;border-radius:6px;font-size:15px;">${escapeHtml(actionText)}</a></p>
<p style="margin:0 0 12px 0;font-size:13px;color:#334155;">Nếu nút không mở được, hãy sao chép đường dẫn: <a href="${escapeHtml(url)}" style="color:#1d4ed8;">${escapeHtml(url)}</a></p>`
    : ""
}
</div>
<p style="margin:16px 0 0 0;font-size:12px;line-height:1.5;color:#334155;">${escapeHtml(input.footer ?? EMAIL_FOOTER)} <a href="${escapeHtml(portal)}" style="color:#1d4ed8;">${escapeHtml(portal)}</a></p>
</div>
</body>
</html>`;

  return { subject, text, html };
}
