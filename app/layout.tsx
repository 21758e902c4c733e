import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Cổng thi đua cải cách hành chính", template: "%s · Thi đua CCHC" },
  description: "Đăng ký, theo dõi, tổng hợp phong trào thi đua cải cách hành chính",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Bỏ qua điều hướng
        </a>
        {children}
      </body>
    </html>
  );
}
