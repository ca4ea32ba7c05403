/**
 * The search box and order of the /companies and /people lists: a plain GET form, so it works
 * without JavaScript, keeping the list's other parameters (the kind) as hidden fields.
 */
import { ENTITY_PAGE_SIZE, type EntitySort } from "@/lib/validation/entity-lists";

export const SORT_LABEL: Record<EntitySort, string> = {
  articles: "按文章数",
  name: "按名称（拼音）",
  recent: "按最近提及",
};

/** Values the URL leaves out because they are the defaults: one list has one address per view. */
const DEFAULTS: Record<string, string> = { sort: "articles", page: "1", limit: String(ENTITY_PAGE_SIZE) };

/** The list's URL with some parameters changed (null removes one); default values are left out. */
export function entityListHref(base: string, current: Record<string, string | undefined>, change: Record<string, string | null> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...current, ...change })) {
    if (v && DEFAULTS[k] !== v) params.set(k, v);
  }
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}

export function EntityListControls({ base, noun, q, sort, hidden }: { base: string; noun: string; q?: string; sort: EntitySort; hidden: Record<string, string | undefined> }) {
  return (
    <form action={base} method="get" role="search" aria-label={`查找${noun}`} className="mt-3 flex flex-wrap items-end gap-2 text-sm">
      {Object.entries(hidden).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      <div className="flex flex-col">
        <label htmlFor="entity-q" className="text-xs text-stone-600">
          名称、别名或拼音
        </label>
        <input id="entity-q" name="q" type="search" defaultValue={q ?? ""} maxLength={50} className="w-48 rounded border border-stone-300 bg-white px-2 py-1.5" data-testid="entity-q" />
      </div>
      <div className="flex flex-col">
        <label htmlFor="entity-sort" className="text-xs text-stone-600">
          排序
        </label>
        <select id="entity-sort" name="sort" defaultValue={sort} className="rounded border border-stone-300 bg-white px-2 py-1.5" data-testid="entity-sort">
          {(Object.keys(SORT_LABEL) as EntitySort[]).map((s) => (
            <option key={s} value={s}>
              {SORT_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-9 rounded bg-stone-800 px-3 py-1.5 text-white hover:bg-stone-700">
        查找
      </button>
      {(q || sort !== "articles") && (
        <a href={entityListHref(base, hidden)} className="inline-block py-1.5 underline">
          清除
        </a>
      )}
    </form>
  );
}

/** What the list shows, in words: "按文章数排序" or "名称、别名或拼音含“li”的，按名称排序". */
export function listSummary(q: string | undefined, sort: EntitySort): string {
  const order = `${SORT_LABEL[sort]}排序`;
  return q ? `与“${q}”相符的，${order}` : order;
}
