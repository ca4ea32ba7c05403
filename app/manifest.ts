/** The web app manifest: name, colours and icon, so the site can be added to a home screen. */
import type { MetadataRoute } from "next";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "大模型新闻追踪",
    short_name: "大模型新闻",
    description: "中国大模型行业新闻：干净的正文，公司与人物，按来源和日期筛选。",
    lang: "zh-CN",
    start_url: "/",
    display: "standalone",
    background_color: "#fafaf9",
    theme_color: "#b4232a",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml" }],
  };
}
