/** Name of the archive, shown in the header, titles, feed and citations. */
export const SITE_NAME = '报纸档案馆';

/** One sentence about the archive for search engines and feed readers. */
export const SITE_DESCRIPTION = '数字化报纸版面的全文档案：按报纸、日期和版次浏览，逐条阅读文章、简讯与图片说明。';

/** How many items the feed carries and the home page lists. */
export const FEED_SIZE = 50;
export const LATEST_ISSUES = 6;

/** Files per page of the ingest report. */
export const REPORT_PAGE_SIZE = 100;

/** Name of the list of pages whose paper or date is unknown (home, papers index, breadcrumbs). */
export const UNFILED_TITLE = '报名或日期不详的版面';

/** Pages per page of the list of pages whose paper or date is unknown. */
export const LIST_PAGE_SIZE = 100;

/** URLs per sitemap file (the protocol allows 50,000). */
export const SITEMAP_CHUNK = 40_000;
