"use client";
/** Error boundary for every page: apologise, offer a retry and a way home; details stay in the server log. */
import Link from "next/link";
import { useEffect } from "react";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String((error as Error & { digest?: string }).digest ?? "") : "";
  return (
    <div className="mx-auto max-w-xl py-10" role="alert">
      <h1 className="text-2xl font-bold">页面出错了</h1>
      <p className="mt-3 text-stone-700">服务器在生成这个页面时出错。可以重试一次;如果仍然出错,请回到首页。</p>
      {digest && <p className="mt-2 text-xs text-stone-500">错误编号:{digest}(报告问题时请附上)</p>}
      <div className="mt-4 flex gap-3">
        <button type="button" onClick={() => retry()} className="rounded bg-stone-800 px-3 py-1 text-white">
          重试
        </button>
        <Link href="/" className="rounded border border-stone-300 px-3 py-1">
          回到首页
        </Link>
      </div>
    </div>
  );
}
