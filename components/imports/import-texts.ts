/**
 * The wording of each "Nhập từ Excel" panel. Given by the server page to the panel as plain strings
 * ({n} for a count), so a page's script carries no other import's words.
 */
export interface ImportTexts {
  intro: string;
  template: string;
  file: string;
  submit: string;
  form: string;
  /** No file chosen. */
  missingFile: string;
  /** Over 5 MB. */
  tooLarge: string;
  /** Rows added or created: {n}. */
  done: string;
  /** Nothing new to add or create. */
  none: string;
  /** Rows skipped as already there: {n} (starts with a space: it follows `done`). */
  existing: string;
  /** After a successful import (starts with a space), or "". */
  after: string;
}

export const IMPORT_TEXTS = {
  mau1: {
    intro: "Tải tệp mẫu, điền mỗi nội dung một dòng rồi tải lên: các dòng được thêm vào bản nháp Mẫu 1 để kiểm tra lại trước khi nộp. Nội dung đã có trong biểu mẫu không bị thêm lần nữa. Hãy lưu nháp các thay đổi đang soạn trước khi nhập.",
    template: "Tải tệp mẫu Mẫu 1 (.xlsx)",
    file: "Tệp Mẫu 1 đã điền (.xlsx)",
    submit: "Nhập vào bản nháp",
    form: "Nhập Mẫu 1 từ Excel",
    missingFile: "Vui lòng chọn tệp Excel (.xlsx) đã điền Mẫu 1.",
    tooLarge: "Tệp quá lớn: tối đa 5 MB. Một Mẫu 1 chỉ cần vài trăm dòng.",
    done: "Đã thêm {n} nội dung vào bản nháp Mẫu 1.",
    none: "Không có nội dung mới để thêm.",
    existing: " Bỏ qua {n} dòng đã có trong biểu mẫu.",
    after: " Hãy xem lại bảng bên dưới rồi lưu hoặc nộp như thường lệ.",
  },
  units: {
    intro: "Tải tệp mẫu, điền mỗi đơn vị một dòng (đơn vị cấp trên có trên cổng hoặc ở dòng phía trên) rồi tải lên. Cổng chỉ tạo khi cả tệp hợp lệ; mã đơn vị đã có thì bỏ qua, nên tải lại cùng tệp không tạo trùng.",
    template: "Tải tệp mẫu danh sách đơn vị (.xlsx)",
    file: "Tệp danh sách đơn vị (.xlsx)",
    submit: "Nhập danh sách đơn vị",
    form: "Nhập danh sách đơn vị từ Excel",
    missingFile: "Vui lòng chọn tệp Excel (.xlsx) danh sách đơn vị đã điền.",
    tooLarge: "Tệp quá lớn: tối đa 5 MB.",
    done: "Đã tạo {n} đơn vị.",
    none: "Không có đơn vị mới để tạo.",
    existing: " Bỏ qua {n} đơn vị đã có mã trên cổng.",
    after: "",
  },
  accounts: {
    intro: "Tải tệp mẫu, điền mỗi tài khoản một dòng (mã đơn vị trên cổng, vai trò có thể để trống) rồi tải lên. Cổng chỉ tạo khi cả tệp hợp lệ; tên đăng nhập đã có thì bỏ qua. Mỗi tài khoản mới có mật khẩu tạm, phải đổi ở lần đăng nhập đầu.",
    template: "Tải tệp mẫu danh sách tài khoản (.xlsx)",
    file: "Tệp danh sách tài khoản (.xlsx)",
    submit: "Nhập danh sách tài khoản",
    form: "Nhập danh sách tài khoản từ Excel",
    missingFile: "Vui lòng chọn tệp Excel (.xlsx) danh sách tài khoản đã điền.",
    tooLarge: "Tệp quá lớn: tối đa 5 MB.",
    done: "Đã tạo {n} tài khoản.",
    none: "Không có tài khoản mới để tạo.",
    existing: " Bỏ qua {n} tên đăng nhập đã có.",
    after: "",
  },
} as const satisfies Record<string, ImportTexts>;
