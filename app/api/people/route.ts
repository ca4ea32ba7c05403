/** GET /api/people?limit=&offset= — people by number of articles, as JSON. */
import { listPeople } from "@/lib/data/people/list-people";
import { badRequest } from "@/lib/validation/api-error";
import { parsePersonListStrict } from "@/lib/validation/entity-lists";

export async function GET(request: Request) {
  const parsed = parsePersonListStrict(new URL(request.url).searchParams);
  if (!parsed.ok) return badRequest(parsed.issues);
  const list = await listPeople(parsed.query);
  return Response.json({ total: list.total, items: list.items.map((p) => ({ ...p, url: `/people/${encodeURIComponent(p.slug)}` })) });
}
