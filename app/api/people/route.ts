/** GET /api/people?cursor=&limit=&offset= — people by number of articles, as JSON. */
import { listPeople } from "@/lib/data/people/list-people";
import { entityUrl } from "@/lib/api/to-json";
import { jsonResponse } from "@/lib/http/conditional-get";
import { badRequest } from "@/lib/validation/api-error";
import { parsePersonListStrict } from "@/lib/validation/entity-lists";

export async function GET(request: Request) {
  const parsed = parsePersonListStrict(new URL(request.url).searchParams);
  if (!parsed.ok) return badRequest(parsed.issues);
  const list = await listPeople(parsed.query);
  return jsonResponse(request, { total: list.total, nextCursor: list.nextCursor, items: list.items.map((p) => ({ ...p, url: entityUrl("person", p.slug) })) });
}
