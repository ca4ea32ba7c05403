"use client";
/**
 * The search form with company/person suggestions as you type (GET /api/suggest). A plain
 * GET form underneath, so it works without JavaScript; suggestions follow the ARIA combobox
 * pattern (arrow keys, Enter opens the chosen profile, Escape closes).
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { z } from "zod";

const SuggestionSchema = z.object({
  kind: z.enum(["company", "person"]),
  slug: z.string(),
  name: z.string(),
  via: z.string().nullable(),
  mentions: z.number(),
});
const SuggestResponse = z.object({ suggestions: z.array(SuggestionSchema) });
type Suggestion = z.infer<typeof SuggestionSchema>;

const hrefOf = (s: Suggestion) => `${s.kind === "company" ? "/companies" : "/people"}/${encodeURIComponent(s.slug)}`;

export function SearchBox({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const listId = useId();
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  // Hydration leaves the box's text as the reader typed it before the scripts ran, but the
  // state still holds the server's value and the next render would write that back: adopt the
  // typed text first.
  useLayoutEffect(() => {
    const typed = input.current?.value;
    if (typed !== undefined && typed !== initial) setValue(typed);
    // Only the text present at hydration; later changes come through onChange.
  }, []);

  useEffect(() => {
    const q = value.trim();
    if (q === "" || q.length > 100 || q.includes(":")) {
      setItems([]);
      return;
    }
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      fetch(`/api/suggest?${new URLSearchParams({ q })}`)
        .then((r) => (r.ok ? r.json() : { suggestions: [] }))
        .then((json: unknown) => {
          // Only the answer to the latest keystroke is shown.
          if (ticket !== latest.current) return;
          const parsed = SuggestResponse.safeParse(json);
          setItems(parsed.success ? parsed.data.suggestions : []);
          setActive(-1);
        })
        .catch(() => setItems([]));
    }, 150);
    return () => clearTimeout(timer);
  }, [value]);

  const expanded = open && items.length > 0;
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (!expanded) return;
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setActive((a) => (a + 1) % items.length);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => (a <= 0 ? items.length - 1 : a - 1));
    } else if (e.key === "Escape") {
      setOpen(false);
    } else if (e.key === "Enter" && active >= 0 && items[active]) {
      e.preventDefault();
      router.push(hrefOf(items[active]));
    }
  };

  return (
    <form action="/search" method="get" role="search" className="relative mt-4" aria-label="搜索文章、公司和人物">
      <div className="flex gap-2">
        <label htmlFor="search-q" className="sr-only">
          搜索词
        </label>
        <input
          id="search-q"
          ref={input}
          name="q"
          type="search"
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          autoComplete="off"
          maxLength={1000}
          placeholder="百度、李開復、likaifu、company:智谱 after:2024-01-01"
          className="min-w-0 flex-1 rounded border border-stone-300 bg-white px-3 py-2"
        />
        <button type="submit" className="rounded bg-stone-800 px-4 py-2 text-white hover:bg-stone-700">
          搜索
        </button>
      </div>
      <ul id={listId} role="listbox" aria-label="公司和人物建议" hidden={!expanded} className="absolute z-10 mt-1 w-full max-w-xl rounded border border-stone-200 bg-white shadow">
        {items.map((s, i) => (
          <li key={`${s.kind}-${s.slug}`} id={`${listId}-${i}`} role="option" aria-selected={i === active} className={i === active ? "bg-stone-100" : ""}>
            <a href={hrefOf(s)} className="flex items-baseline gap-2 px-3 py-2 hover:bg-stone-100" onMouseDown={(e) => e.preventDefault()} onClick={() => setOpen(false)}>
              <span className="text-xs text-stone-500">{s.kind === "company" ? "公司" : "人物"}</span>
              <span className="font-medium">{s.name}</span>
              {s.via && <span className="text-xs text-stone-500">{s.via}</span>}
              <span className="ml-auto text-xs text-stone-600">{s.mentions} 篇</span>
            </a>
          </li>
        ))}
      </ul>
    </form>
  );
}
