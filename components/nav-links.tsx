"use client";
/**
 * The main navigation's links, marking the section the reader is in (aria-current) for screen
 * readers and by weight for everyone. A client component because the layout that holds the
 * header is not re-rendered per path.
 */
import Link from "next/link";
import { usePathname } from "next/navigation";

const NAV = [
  { href: "/articles", label: "文章" },
  { href: "/companies", label: "公司" },
  { href: "/people", label: "人物" },
  { href: "/trends", label: "趋势" },
  { href: "/search", label: "搜索" },
  { href: "/saved", label: "已收藏" },
] as const;

export function NavLinks() {
  const path = usePathname() ?? "/";
  return (
    <ul className="flex gap-2 text-sm">
      {NAV.map((n) => {
        const current = path === n.href || path.startsWith(`${n.href}/`) || (n.href === "/articles" && path === "/");
        return (
          <li key={n.href}>
            <Link
              href={n.href}
              aria-current={current ? "page" : undefined}
              className={`inline-block px-2 py-1.5 hover:text-brand hover:underline ${current ? "font-semibold text-stone-900 underline decoration-2 underline-offset-4" : "text-stone-700"}`}
            >
              {n.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
