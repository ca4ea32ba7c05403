/** Chinese names of the organisation kinds stored in Company.kind. */
export const KIND_LABEL: Record<string, string> = {
  company: "公司",
  investor: "投资机构",
  lab: "实验室/研究院",
  university: "高校",
  media: "媒体",
  government: "政府机构",
  association: "协会/学会",
};
