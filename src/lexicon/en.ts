import type {Lexicon} from './types.js'

export const en: Lexicon = {
  language: 'en',
  relatedMarkers: [
    'Related', 'Related stories', 'Related articles', 'Related news', 'Related content', 'Related coverage',
    'Related topics', 'Related links', 'More on this story', 'More stories', 'More news', 'More from this section',
    'Read more', 'Read next', 'Read also', 'Also read', 'See also', 'Most read', 'Most popular', 'Most viewed',
    'Most shared', 'Most commented', 'Trending', 'Trending now', 'Top stories', 'Latest news', 'Latest stories',
    'Latest', 'Recommended', 'Recommended for you', 'You may also like', 'You might also like',
    'You may be interested in', 'You might be interested in', "Don't miss", 'Editor\'s picks', 'Editors\' picks',
    'Popular', 'Popular now', 'In other news', 'Further reading', 'Explore more', 'What to read next',
    'Up next', 'More to explore', 'Around the web', 'From around the web', 'Top headlines', 'Headlines',
    'More coverage', 'Also on', 'Stories you may like'
  ],
  videoMarkers: ['Video', 'Videos', 'Latest videos', 'More videos', 'Watch', 'Watch more', 'Featured video', 'Video highlights'],
  commentMarkers: ['Comments', 'Comment', 'Join the conversation', 'Leave a comment', 'View comments', 'Show comments', 'Add a comment'],
  weatherMarkers: ['Weather', 'Weather forecast', 'Local weather', "Today's weather"],
  tagMarkers: ['Topics', 'Suggested topics', 'Related topics', 'Explore more on these topics', 'Tags', 'Filed under', 'More about', 'Topics in this article'],
  readMorePrefixes: ['Read more', 'Read also', 'Also read', 'See also', 'Related', 'Read next', 'More', 'Recommended', 'Watch', 'Read'],
  homeLinks: ['Home', 'Homepage', 'Home page', 'Front page'],
  ui: [
    'View this post on Instagram', 'View this post on X', 'View this post on Facebook',
    'Follow topic', 'Follow this topic',
    'Skip to content', 'Skip to main content', 'Skip navigation', 'Skip to navigation', 'Jump to content',
    'Loading', 'Please wait', 'Share', 'Share this', 'Share this article', 'Share this story', 'Share on Facebook',
    'Share on Twitter', 'Share on X', 'Tweet', 'Print', 'Print this article', 'Email', 'Back to top', 'Sign in',
    'Sign up', 'Log in', 'Login', 'Register', 'Subscribe', 'Subscribe now', 'Newsletter', 'Newsletters',
    'Sign up to our newsletter', 'Advertisement', 'Advertising', 'Sponsored', 'Sponsored content', 'Menu', 'Search',
    'Close', 'Home', 'Follow', 'Follow us', 'Save', 'Saved', 'Listen', 'Listen to this article', 'Copy link',
    'Link copied', 'Mobile version', 'Desktop version', 'Show more', 'Load more', 'Continue reading',
    'Story continues below advertisement', 'Article continues below advertisement', 'Continue reading below',
    'Story continues below this ad', 'Story continues below', 'Article continues below', 'Continue reading the main story',
    'Advertisement - Scroll to continue', 'Scroll to continue with content', 'Read time',
    'Accept', 'Accept all', 'Accept cookies', 'Reject all', 'Cookie settings', 'Manage cookies', 'Manage preferences',
    'Topics', 'Tags', 'Image', 'Play', 'Watch', 'Open in app', 'Get the app', 'Download the app', 'Toggle navigation',
    'Main menu', 'Navigation', 'Sections', 'Subscribe to our newsletter', 'Reuse this content', 'Report an error',
    'Gift this article', 'Give feedback', 'Font size', 'Text size', 'Expand', 'Collapse', 'Next', 'Previous',
    'Enlarge this image', 'Image caption', 'Image source', 'Media caption', 'Hide caption', 'Toggle caption',
    'Live', 'Breaking', 'Breaking news', 'Contact us', 'About us', 'Privacy policy', 'Terms of use', 'Terms of service',
    'Comments', 'View comments', 'Reuse this content', 'Sign up here', 'Back to home',
    'Facebook', 'WhatsApp', 'Twitter', 'X', 'LinkedIn', 'Telegram', 'Pinterest', 'Reddit', 'Threads', 'Bluesky', 'Instagram',
    'YouTube', 'TikTok', 'Messenger', 'Zalo', 'Flipboard'
  ],
  followPrefixes: ['Follow us on', 'Follow', 'Like us on', 'Find us on'],
  sharePrefixes: ['Share on', 'Share to', 'Share via', 'Share with', 'Share this on'],
  uiFragments: ['min read', 'minute read', 'minutes read', 'reading time', 'opens new tab', 'opens in new tab', 'opens in a new tab', 'opens in a new window', 'comments', 'views', 'a post shared by'],
  promoTerms: ['newsletter', 'newsletters', 'inbox', 'email', 'app', 'whatsapp', 'telegram', 'google news', 'channel', 'podcast', 'alerts', 'privacy notice', 'newsletter promotion', 'weekly', 'daily briefing', 'briefing',
    // The platforms a "follow us" line names, the same in every language.
    'facebook', 'instagram', 'twitter', 'tiktok', 'youtube', 'linkedin', 'threads', 'bluesky', 'flipboard',
    // The site's own coverage a closing plug advertises: "Catch all the Latest News, Breaking News … on <site>".
    'latest news', 'breaking news', 'live updates', 'top headlines', 'latest updates'],
  paywallTerms: ['subscribe to continue reading', 'subscribe to read more', 'this article is for subscribers', 'for subscribers only', 'already a subscriber', 'of this article left to read', 'to continue reading this article', 'unlock this article'],
  callsToAction: ['sign up', 'subscribe', 'join', 'download', 'install', 'get the app', 'register', 'sign up here', 'follow us', 'catch all the', 'get current updates'],
  consentTerms: ['cookie', 'cookies', 'consent', 'gdpr', 'privacy settings', 'privacy preferences'],
  emptyLabels: ['Source', 'Sources', 'Tags', 'Topics', 'Author', 'By', 'Share', 'Filed under', 'Photo', 'Credit', 'Related'],
  footerTerms: [
    'copyright', 'all rights reserved', 'ltd', 'limited', 'inc', 'llc', 'plc', 'llp', 'corporation', 'company number',
    'registered office', 'registered in', 'company registration', 'address', 'phone', 'tel', 'telephone', 'fax',
    'email', 'e-mail', 'contact us', 'privacy policy', 'privacy notice', 'terms of use', 'terms of service',
    'terms and conditions', 'cookie policy', 'editor-in-chief', 'editor in chief', 'publisher', 'licence', 'license',
    'advertise with us', 'advertising', 'accessibility', 'sitemap', 'site map', 'careers', 'logo', 'hotline', 'about us',
    'terms conditions', 'complaints', 'corrections', 'do not sell my personal information', 'newsroom'
  ],
  weatherTerms: [
    'weather', 'weather forecast', 'storm', 'typhoon', 'hurricane', 'heatwave', 'heat wave', 'rainfall',
    'snowfall', 'tropical depression', 'tropical storm', 'cyclone', 'meteorological', 'thunderstorms', 'blizzard', 'rain', 'heavy rain', 'forecast', 'temperatures', 'showers', 'winds', 'flooding', 'sunny', 'cloudy', 'snow'],
  creditWords: [
    'Photo', 'Photos', 'Image', 'Picture', 'Credit', 'Photograph', 'Photography', 'Illustration', 'Graphic',
    'Source', 'File photo', 'Image source', 'Photo credit', 'Video', 'Photo by', 'Photos by', 'Illustration by'
  ],
  photoWords: ['photo', 'image', 'picture', 'pic'],
  mediaTags: ['Video', 'Videos', 'Watch', 'Photos', 'Photo', 'Gallery', 'Podcast', 'Audio', 'Live', 'Infographic', 'In pictures', 'Listen'],
  bylinePrefixes: ['By', 'Written by', 'Reporting by', 'Words by', 'Author', 'Story by', 'Reported by'],
  editorPrefixes: ['Editing by', 'Edited by', 'Editor', 'Additional editing by'],
  bylineRoles: ['compiled', 'translated', 'staff', 'staff writer', 'contributor', 'correspondent', 'reporter', 'editor', 'with agencies'],
  sourcePrefixes: ['Source', 'Sources', 'Via', 'With reporting from', 'Additional reporting by', 'With inputs from', 'Inputs from'],
  months: [
    'January|Jan', 'February|Feb', 'March|Mar', 'April|Apr', 'May', 'June|Jun', 'July|Jul', 'August|Aug',
    'September|Sep|Sept', 'October|Oct', 'November|Nov', 'December|Dec'
  ],
  weekdays: [
    'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
    'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun'
  ],
  dateWords: [
    'Published', 'Updated', 'Last updated', 'Posted', 'Posted on', 'Published on', 'Updated on', 'First published',
    'on', 'at', 'ago', 'hours', 'hour', 'minutes', 'minute', 'days', 'day', 'am', 'pm', 'a.m.', 'p.m.', 'Modified'
  ]
}
