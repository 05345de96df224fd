/**
 * The words a portal uses for its chrome, in one language. Each list is data: phrases as a
 * reader sees them, matched case-insensitively after the same folding as page lines.
 */
export interface Lexicon {
  /** ISO 639-1. */
  language: string
  /** Headings of lists of links to other articles: related, other, most read, read more. */
  relatedMarkers: string[]
  /** Headings of video lists. */
  videoMarkers: string[]
  /** Headings of comment sections and their buttons. */
  commentMarkers: string[]
  /** Headings of weather boxes; a place may follow (`Thời tiết Hà Nội`). */
  weatherMarkers: string[]
  /** Headings of lists of topics or tags: `Từ khóa`, `Suggested topics`, `Archivado en`. */
  tagMarkers: string[]
  /** A link to another article set in the text starts with one of these and a colon: `Xem thêm: …`. */
  readMorePrefixes: string[]
  /** The home link a breadcrumb starts with. */
  homeLinks: string[]
  /** Whole lines that are widgets or navigation. */
  ui: string[]
  /** Starts of "follow us" lines: `Theo dõi X trên`. */
  followPrefixes: string[]
  /** Starts of share buttons: `Share on`, `Compartir en`, `Chia sẻ lên`. */
  sharePrefixes: string[]
  /** Phrases anywhere in a short widget line: `min read`, `phút đọc`, `opens in a new tab`. */
  uiFragments: string[]
  /** Words of newsletter and app promotions: `newsletter`, `inbox`, `WhatsApp`, `bản tin`. */
  promoTerms: string[]
  /** Calls to action of such promotions: `Sign up`, `Subscribe`, `Đăng ký`, `Apúntate`. */
  callsToAction: string[]
  /** Phrases of a subscription wall: `réservé aux abonnés`, `Subscribe to continue reading`. */
  paywallTerms: string[]
  /** Words of cookie and consent banners: `cookies`, `consent`. */
  consentTerms: string[]
  /** Labels that are widgets when nothing follows their colon: `Nguồn:`, `Tags:`. */
  emptyLabels: string[]
  /** Words of a publisher's or advertiser's footer: company, licence, address, phone, copyright. */
  footerTerms: string[]
  /** Words of weather reports, to tell weather teasers from other related items. */
  weatherTerms: string[]
  /** Words before the colon of a caption's credit: `(Ảnh: Quang Vinh)`, `Photo: Reuters`. */
  creditWords: string[]
  /** The word of an image's alt text with its number: `… ảnh 1`, `… photo 2`. */
  photoWords: string[]
  /** Tags that mark a media item: `[Video] …`, `VIDEO: …`. */
  mediaTags: string[]
  /** Words that introduce an author: `By`, `Par`, `Von`. */
  bylinePrefixes: string[]
  /** Words that introduce an editor, who is credited but not an author: `Editor:`, `Biên tập:`. */
  editorPrefixes: string[]
  /** Roles in parentheses after an author's name: `(tổng hợp)`, `(compiled)`. */
  bylineRoles: string[]
  /** Words that credit a source for the whole story: `Theo`, `Nguồn`, `Source`. */
  sourcePrefixes: string[]
  /** Month names and abbreviations, January first; several spellings of one month separated by `|`. */
  months: string[]
  /** Weekday names and abbreviations, any order. */
  weekdays: string[]
  /** Other words a dateline carries: `Cập nhật`, `Updated`, `Publié le`. */
  dateWords: string[]
}
