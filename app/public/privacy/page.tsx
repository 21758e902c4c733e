import { PageHeader } from "@/components/ui/page-header";
import { CONFIRM_WINDOW_HOURS, CONSENT_PURPOSE, CONSENT_VERSION, UNCONFIRMED_DELETE_DAYS } from "@/lib/public-ideas/rules";

export const metadata = { title: "Chính sách xử lý dữ liệu cá nhân" };

/** The notice of Nghị định 13/2023/NĐ-CP, Điều 13, for people who send ideas. */
export default function PrivacyPage() {
  return (
    <>
      <PageHeader title="Chính sách xử lý dữ liệu cá nhân của người gửi hiến kế" description={`Phiên bản ${CONSENT_VERSION}, theo Nghị định 13/2023/NĐ-CP.`} />
      <div className="flex max-w-3xl flex-col gap-4">
        <section>
          <h2 className="text-lg font-semibold">Mục đích và nội dung đồng ý</h2>
          <p className="mt-1">{CONSENT_PURPOSE}</p>
        </section>
        <section>
          <h2 className="text-lg font-semibold">Dữ liệu được xử lý</h2>
          <p className="mt-1">
            Họ tên hoặc tên tổ chức, mã số thuế (tổ chức, doanh nghiệp), thư điện tử, số điện thoại, phường/xã; nội dung hiến kế và tệp đính kèm. Cổng không lưu địa chỉ
            mạng của người gửi; chỉ lưu bộ đếm đã mã hoá để chống gửi tự động.
          </p>
        </section>
        <section>
          <h2 className="text-lg font-semibold">Ai được xem</h2>
          <p className="mt-1">
            Chỉ bộ phận cải cách hành chính của cơ quan tổ chức phong trào. Đơn vị chuyên môn được chuyển hiến kế để đánh giá chỉ xem nội dung, không xem thông tin liên
            hệ. Thông tin liên hệ không hiển thị trên trang công khai, không có trong báo cáo gửi đơn vị khác và không ghi vào nhật ký hệ thống.
          </p>
        </section>
        <section>
          <h2 className="text-lg font-semibold">Thời hạn lưu và xoá</h2>
          <p className="mt-1">
            Liên kết xác nhận thư điện tử có hiệu lực {CONFIRM_WINDOW_HOURS} giờ; hiến kế chưa xác nhận không được xem xét và bị xoá sau {UNCONFIRMED_DELETE_DAYS} ngày. Khi
            anh/chị rút hiến kế (bằng mã theo dõi), họ tên, thông tin liên hệ, nội dung và tệp đính kèm được xoá ngay; hệ thống chỉ giữ một dòng nhật ký không chứa thông
            tin cá nhân.
          </p>
        </section>
        <section>
          <h2 className="text-lg font-semibold">Quyền của anh/chị</h2>
          <p className="mt-1">
            Anh/chị có quyền được biết, rút lại sự đồng ý, yêu cầu xoá dữ liệu (bằng cách rút hiến kế khi chưa có kết quả, hoặc liên hệ cơ quan tổ chức phong trào), và
            khiếu nại theo quy định của Nghị định 13/2023/NĐ-CP.
          </p>
        </section>
      </div>
    </>
  );
}
