/** A run's or file's status as a small coloured label, in Chinese. */
const LABELS: Record<string, { text: string; className: string }> = {
  running: { text: "运行中", className: "bg-blue-100 text-blue-800" },
  succeeded: { text: "成功", className: "bg-green-100 text-green-800" },
  failed: { text: "失败", className: "bg-red-100 text-red-800" },
  interrupted: { text: "已中断", className: "bg-amber-100 text-amber-800" },
  added: { text: "新增", className: "bg-green-100 text-green-800" },
  updated: { text: "更新", className: "bg-sky-100 text-sky-800" },
  unchanged: { text: "未变", className: "bg-stone-100 text-stone-700" },
  duplicate: { text: "重复", className: "bg-violet-100 text-violet-800" },
  missing: { text: "缺失", className: "bg-amber-100 text-amber-800" },
};

export function RunStatus({ status }: { status: string }) {
  const label = LABELS[status] ?? { text: status, className: "bg-stone-100 text-stone-700" };
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs ${label.className}`} data-status={status}>
      {label.text}
    </span>
  );
}
