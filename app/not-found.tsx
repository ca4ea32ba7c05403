/** 404: say what was not found and offer the ways on. */
import type { Metadata } from "next";
import Link from "next/link";

// Its own title: a reader with several tabs open sees which one is the dead link.
export const metadata: Metadata = { title: "找不到页面" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-10">
      <h1 className="text-2xl font-bold">找不到这个页面</h1>
      <p className="mt-3 text-stone-700">链接可能写错了，或者这篇文章、公司、人物已不在库中。</p>
      <ul className="mt-4 list-disc space-y-1 pl-5">
        <li>
          <Link href="/" className="underline">
            看最新文章
          </Link>
        </li>
        <li>
          <Link href="/companies" className="underline">
            浏览公司
          </Link>
          或
          <Link href="/people" className="underline">
            人物
          </Link>
        </li>
        <li>或在页面顶部的搜索框中搜索。</li>
      </ul>
    </div>
  );
}
