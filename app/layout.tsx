/** Root layout: language, landmarks (skip link, header, main, footer) and global styles. */
import type { Metadata, Viewport } from "next";
import { SiteHeader } from "@/components/site-header";
import { KeyboardShortcuts } from "@/components/reader/keyboard-shortcuts";
import { ReaderEnhancer } from "@/components/reader/reader-enhancer";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "大模型新闻追踪", template: "%s · 大模型新闻追踪" },
  description: "中国大模型行业新闻：干净的正文，公司与人物，按来源和日期筛选。",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">
        <a href="#main" className="skip-link">
          跳到正文
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-5xl px-4 pb-8 pt-4 text-xs text-stone-500">
          <p>文章从抓取的网页中清理而来；原网页的导航、广告和相关推荐已去除，去除了什么可在每篇文章的“清理记录”中查看。</p>
          {/* A <div>, not a <p>: the shortcuts bring a dialog with a heading and a list, which a
              paragraph cannot hold; the browser would close the <p> early and every page's
              hydration would fail and re-render from scratch, dropping what the reader typed. */}
          <div className="mt-2">
            <KeyboardShortcuts />
          </div>
        </footer>
        <ReaderEnhancer />
      </body>
    </html>
  );
}
