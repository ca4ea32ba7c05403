/** Navigation between the admin pages, with the sign-out button (a plain form POST). */
import Link from "next/link";

export function AdminNav() {
  return (
    <nav aria-label="管理导航" className="mb-4 flex flex-wrap items-center gap-4 text-sm">
      <Link href="/admin" className="hover:underline">
        导入记录
      </Link>
      <Link href="/admin/entities" className="hover:underline">
        实体审核
      </Link>
      <form action="/api/admin/logout" method="post" className="ml-auto">
        <button type="submit" className="text-stone-600 hover:underline">
          退出
        </button>
      </form>
    </nav>
  );
}
