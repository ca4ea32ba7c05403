/** /trends?month=YYYY-MM: a calendar month instead of the latest week. A bad month is dropped (pages) and said. */
import { z } from "zod";
import { flattenParams, type RawSearchParams } from "./query";

export const MonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "月份应写成 YYYY-MM")
  .refine((m) => m >= "1990-01" && m <= "2100-12", "月份超出范围");

export function parseTrendsLenient(raw: RawSearchParams): { month: string | undefined; ignored: string[] } {
  const value = flattenParams(raw).month;
  if (value === undefined) return { month: undefined, ignored: [] };
  const parsed = MonthSchema.safeParse(value);
  return parsed.success ? { month: parsed.data, ignored: [] } : { month: undefined, ignored: ["month"] };
}
