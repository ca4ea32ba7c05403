/** The JSON API's answer to invalid parameters: 400 with the list of problems, never a 500. */
export function badRequest(issues: { field: string; message: string }[]): Response {
  return Response.json({ error: "invalid parameters", issues }, { status: 400 });
}
