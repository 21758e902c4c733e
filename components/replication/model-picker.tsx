import Link from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button";

/** A GET search over the library for the adopt and assign pages: each result links back with ?model=. */
export function ModelPicker({ basePath, q, models }: { basePath: string; q: string; models: { id: string; title: string; fieldName: string; unit: { name: string } }[] }) {
  return (
    <section aria-labelledby="pick-title">
      <h2 id="pick-title" className="mb-2 text-lg font-semibold">
        Chọn mô hình đã được công nhận
      </h2>
      <form method="get" action={basePath} role="search" className="mb-4 flex flex-wrap items-end gap-2">
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor="pick-q" className="text-sm font-medium text-slate-900">
            Tìm trong thư viện điển hình (có dấu hoặc không dấu)
          </label>
          <input id="pick-q" name="q" type="search" defaultValue={q} maxLength={200} className="block min-h-10 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm" />
        </div>
        <button type="submit" className={buttonClass("primary")}>
          Tìm
        </button>
      </form>
      {models.length === 0 ? (
        <p className="text-slate-700">Không tìm thấy mô hình phù hợp.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {models.map((m) => (
            <li key={m.id} className="flex flex-col gap-2 rounded-md border border-slate-300 bg-white p-3 sm:flex-row sm:items-center sm:justify-between">
              <span>
                <span className="font-medium">{m.title}</span>
                <span className="block text-sm text-slate-700">
                  {m.unit.name} · {m.fieldName}
                </span>
              </span>
              <Link href={`${basePath}?model=${m.id}`} className={buttonClass("secondary")} aria-label={`Chọn mô hình ${m.title}`}>
                Chọn
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
