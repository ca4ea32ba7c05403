/** The JSON body of a 400 answer: which parameter was wrong and why, from a zod error. */
import type { z } from "zod";

export interface BadRequestBody {
  error: "invalid_parameters";
  issues: { param: string; message: string }[];
}

export function badRequestBody(error: z.ZodError): BadRequestBody {
  return { error: "invalid_parameters", issues: error.issues.map((i) => ({ param: i.path.join(".") || "(query)", message: i.message })) };
}
