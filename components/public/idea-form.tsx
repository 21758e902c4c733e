"use client";

import Link from "@/components/ui/link";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { EVIDENCE_ACCEPT } from "@/lib/evidence/limits";

interface Limits {
  name: number;
  ward: number;
  title: number;
  content: number;
  benefit: number;
  files: number;
  fileMb: number;
}

type Sent = { trackingCode: string; needsConfirmation: boolean };

/**
 * The public idea form: a plain multipart POST to /api/public/ideas (files included). The server checks
 * everything again; the browser only helps (maxLength, required). On a refusal nothing typed is lost and
 * the first field in error is focused. On success the tracking code is shown once, to copy or print.
 */
export function IdeaForm({ campaignId, fields, stamp, consentText, limits }: { campaignId: string; fields: { id: string; name: string }[]; stamp: string; consentText: string; limits: Limits }) {
  const ref = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<"PERSON" | "ORGANISATION">("PERSON");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);

  const onSubmit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      const res = await fetch("/api/public/ideas", { method: "POST", body: new FormData(e.currentTarget) });
      const body = (await res.json().catch(() => null)) as { ok: boolean; error?: string; fieldErrors?: Record<string, string> } & Partial<Sent> | null;
      if (body?.ok && body.trackingCode) {
        setSent({ trackingCode: body.trackingCode, needsConfirmation: !!body.needsConfirmation });
        window.scrollTo({ top: 0 });
        return;
      }
      const fe = body?.fieldErrors ?? {};
      setErrors(fe);
      setError(body?.error ?? "Chưa gửi được hiến kế. Vui lòng thử lại.");
      const first = Object.keys(fe)[0];
      const el = first ? ref.current?.querySelector<HTMLElement>(`[name="${first}"]`) : null;
      if (el) el.focus();
      else document.getElementById("idea-form-error")?.focus();
    } catch {
      setError("Không kết nối được tới cổng. Nội dung đã nhập vẫn còn trên trang; vui lòng thử lại.");
    } finally {
      setPending(false);
    }
  };

  if (sent) {
    return (
      <section aria-labelledby="sent" className="rounded-lg bg-white p-5 ring-1 ring-green-300" role="status">
        <h2 id="sent" className="text-xl font-semibold text-green-900">
          Đã gửi hiến kế
        </h2>
        <p className="mt-2">Mã theo dõi của anh/chị (vui lòng ghi lại hoặc in trang này; mã chỉ hiện một lần):</p>
        <p className="mt-2 select-all rounded-md bg-slate-100 p-3 text-center font-mono text-xl font-bold tracking-wider" data-testid="tracking-code">
          {sent.trackingCode}
        </p>
        {sent.needsConfirmation ? (
          <Alert tone="warning" className="mt-3">
            Chúng tôi đã gửi thư xác nhận tới địa chỉ thư điện tử của anh/chị. Vui lòng bấm liên kết trong thư trong vòng 72 giờ; hiến kế chưa xác nhận sẽ không được
            xem xét và sẽ bị xoá.
          </Alert>
        ) : (
          <Alert tone="info" className="mt-3">
            Anh/chị không để lại thư điện tử: hãy dùng mã theo dõi để xem kết quả; cơ quan có thể gọi lại theo số điện thoại đã cung cấp.
          </Alert>
        )}
        <p className="mt-3">
          <Link className="text-brand-700 underline" href={`/public/ideas/track?code=${encodeURIComponent(sent.trackingCode)}`}>
            Xem tình trạng hiến kế
          </Link>
        </p>
      </section>
    );
  }

  const f = (name: string) => ({ id: `idea-${name}`, name, "aria-invalid": errors[name] ? true : undefined, "aria-describedby": describedBy(`idea-${name}`, errors[name], true) });

  return (
    <form ref={ref} onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-describedby={error ? "idea-form-error" : undefined}>
      {error && (
        <div id="idea-form-error" tabIndex={-1}>
          <Alert tone="error">{error}</Alert>
        </div>
      )}
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="formStamp" value={stamp} />
      {/* Honeypot: hidden from people and from screen readers; only a script fills it. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="idea-website">Trang web (không điền ô này)</label>
        <input id="idea-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <fieldset className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <legend className="px-1 font-semibold">Người gửi</legend>
        <div className="flex flex-col gap-4">
          <div role="radiogroup" aria-labelledby="idea-kind-label" className="flex flex-col gap-2 sm:flex-row sm:gap-6">
            <span id="idea-kind-label" className="text-sm font-medium">
              Anh/chị gửi với tư cách <span className="text-red-700" aria-hidden="true">*</span>
            </span>
            {(["PERSON", "ORGANISATION"] as const).map((k) => (
              <label key={k} className="flex min-h-10 items-center gap-2">
                <input type="radio" name="submitterKind" value={k} checked={kind === k} onChange={() => setKind(k)} className="h-5 w-5" />
                {k === "PERSON" ? "Cá nhân (người dân)" : "Tổ chức, doanh nghiệp"}
              </label>
            ))}
          </div>
          <Field id="idea-submitterName" label={kind === "PERSON" ? "Họ và tên" : "Tên tổ chức, doanh nghiệp"} required error={errors.submitterName}>
            <Input {...f("submitterName")} maxLength={limits.name} autoComplete={kind === "PERSON" ? "name" : "organization"} required />
          </Field>
          {kind === "ORGANISATION" && (
            <Field id="idea-taxCode" label="Mã số thuế" required error={errors.taxCode} hint="10 chữ số, hoặc 13 (chi nhánh: 10 số - 3 số).">
              <Input {...f("taxCode")} maxLength={20} inputMode="numeric" required />
            </Field>
          )}
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="idea-email" label="Thư điện tử" error={errors.email} hint="Để xác nhận và nhận trả lời. Nhập thư điện tử hoặc số điện thoại.">
              <Input {...f("email")} type="email" maxLength={254} autoComplete="email" />
            </Field>
            <Field id="idea-phone" label="Số điện thoại" error={errors.phone} hint="Ví dụ: 0912 345 678.">
              <Input {...f("phone")} type="tel" maxLength={20} autoComplete="tel" inputMode="tel" />
            </Field>
          </div>
          <Field id="idea-ward" label="Phường, xã nơi cư trú hoặc đặt trụ sở" error={errors.ward} hint="Không bắt buộc.">
            <Input {...f("ward")} maxLength={limits.ward} autoComplete="address-level3" />
          </Field>
        </div>
      </fieldset>

      <fieldset className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <legend className="px-1 font-semibold">Hiến kế</legend>
        <div className="flex flex-col gap-4">
          <Field id="idea-fieldId" label="Lĩnh vực" required error={errors.fieldId}>
            <Select {...f("fieldId")} defaultValue="" required>
              <option value="">— Chọn lĩnh vực —</option>
              {fields.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="idea-title" label="Tên hiến kế, giải pháp" required error={errors.title} hint={`Tối đa ${limits.title} ký tự.`}>
            <Input {...f("title")} maxLength={limits.title} required />
          </Field>
          <Field id="idea-content" label="Nội dung" required error={errors.content} hint="Vấn đề anh/chị thấy, cách làm đề xuất, nơi áp dụng. Tối đa 10.000 ký tự.">
            <Textarea {...f("content")} rows={8} maxLength={limits.content} required />
          </Field>
          <Field id="idea-expectedBenefit" label="Lợi ích mong đợi" error={errors.expectedBenefit} hint="Ví dụ: rút ngắn thời gian giải quyết, giảm chi phí đi lại. Không bắt buộc.">
            <Textarea {...f("expectedBenefit")} rows={3} maxLength={limits.benefit} />
          </Field>
          <Field
            id="idea-files"
            label="Tệp đính kèm"
            error={errors.files}
            hint={`Tối đa ${limits.files} tệp, mỗi tệp tối đa ${limits.fileMb} MB; PDF, Word, Excel, ảnh. Không bắt buộc.`}
          >
            <Input {...f("files")} type="file" multiple accept={EVIDENCE_ACCEPT} className="py-1" />
          </Field>
        </div>
      </fieldset>

      <fieldset className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <legend className="px-1 font-semibold">Đồng ý xử lý dữ liệu cá nhân</legend>
        <p className="text-sm text-slate-800" id="idea-consent-text">
          {consentText} Căn cứ: Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.{" "}
          <Link href="/public/privacy" className="text-brand-700 underline">
            Xem chính sách
          </Link>
          .
        </p>
        <label className="mt-3 flex items-start gap-2">
          <input
            type="checkbox"
            name="consent"
            value="yes"
            className="mt-1 h-5 w-5"
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? "idea-consent-error" : "idea-consent-text"}
            required
          />
          <span>
            Tôi đã đọc và đồng ý với việc xử lý dữ liệu cá nhân cho mục đích nêu trên <span className="text-red-700" aria-hidden="true">*</span>
          </span>
        </label>
        {errors.consent && (
          <p id="idea-consent-error" className="mt-1 text-sm text-red-700">
            {errors.consent}
          </p>
        )}
      </fieldset>

      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Đang gửi…" : "Gửi hiến kế"}
        </Button>
      </div>
    </form>
  );
}
