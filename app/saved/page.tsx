/** /saved: the articles saved in this browser (no account: the list lives in localStorage). */
import type { Metadata } from "next";
import { SavedList } from "@/components/reader/saved-list";

export const metadata: Metadata = { title: "已收藏" };

export default function SavedPage() {
  return (
    <section aria-labelledby="saved-heading">
      <h1 id="saved-heading" className="text-xl font-bold">
        已收藏
      </h1>
      <noscript>
        <p className="mt-4 text-stone-600">收藏保存在浏览器中，查看和收藏都需要启用 JavaScript。</p>
      </noscript>
      <SavedList />
    </section>
  );
}
