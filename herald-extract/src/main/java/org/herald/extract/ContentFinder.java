package org.herald.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds the article in a cleaned page and splits it into blocks. Paragraph-like elements vote
 * for the containers around them with their length and commas; a container's score is weighted
 * by its class and id words and by how little of its text is links; the best container and its
 * article-like siblings are the article. Inside it, blocks that are links, share bars, related
 * links, captions and the like are removed, each with its reason.
 */
final class ContentFinder {
  /** Class and id words of containers that hold articles. */
  private static final Set<String> POSITIVE = Set.of("article", "articlebody", "content",
      "entry", "hentry", "post", "blog", "story", "storytext", "artikel", "beitrag", "inhalt",
      "richtext", "prose", "paywall", "single", "bodytext", "maincontent");
  /** Class and id words of containers that hold boilerplate. */
  private static final Set<String> NEGATIVE = Set.of("comment", "comments", "kommentar",
      "kommentare", "contact", "footer", "foot", "masthead", "outbrain", "taboola", "promo",
      "promotion", "related", "verwandt", "share", "sharing", "teilen", "shoutbox", "sidebar",
      "skyscraper", "sponsor", "sponsored", "shopping", "widget", "social", "newsletter",
      "cookie", "cookies", "consent", "banner", "advert", "advertisement", "ad", "ads",
      "werbung", "anzeige", "nav", "navigation", "navbar", "menu", "breadcrumb", "breadcrumbs",
      "pagination", "pager", "popup", "modal", "subscribe", "subscription", "recommend",
      "recommended", "recommendations", "empfehlungen", "byline", "author", "caption",
      "credit", "copyright", "disclaimer", "login", "signup", "rating", "survey", "poll",
      "toolbar", "tags", "topics", "meta", "print", "overlay", "trending", "popular", "teaser",
      "teasers", "more", "newsticker", "tools", "follow", "nocontent", "listing");
  /** Class and id words of a cookie notice, whose text is never the article's. */
  private static final Set<String> COOKIE_NOTICE = Set.of("cookie", "cookies", "consent");
  /** Negative words that are also common in wrappers of article text. */
  private static final Set<String> WEAK_NEGATIVE = Set.of("widget", "meta", "more", "tools",
      "teaser", "print", "foot");
  private static final Map<String, String> REASONS = Map.ofEntries(
      Map.entry("comment", "comments"), Map.entry("kommentar", "comments"),
      Map.entry("share", "share buttons"), Map.entry("teilen", "share buttons"),
      Map.entry("social", "share buttons"), Map.entry("related", "related links"),
      Map.entry("verwandt", "related links"), Map.entry("recommend", "related links"),
      Map.entry("empfehl", "related links"), Map.entry("outbrain", "related links"),
      Map.entry("taboola", "related links"), Map.entry("trending", "related links"),
      Map.entry("popular", "related links"), Map.entry("cookie", "cookie notice"),
      Map.entry("consent", "cookie notice"), Map.entry("newsletter", "promotion"),
      Map.entry("promo", "promotion"), Map.entry("advert", "promotion"),
      Map.entry("werbung", "promotion"), Map.entry("anzeige", "promotion"),
      Map.entry("sponsor", "promotion"), Map.entry("subscribe", "promotion"),
      Map.entry("subscription", "promotion"), Map.entry("banner", "promotion"),
      Map.entry("nav", "navigation"), Map.entry("menu", "navigation"),
      Map.entry("breadcrumb", "navigation"), Map.entry("pagination", "navigation"),
      Map.entry("pager", "navigation"), Map.entry("foot", "footer"),
      Map.entry("sidebar", "sidebar"), Map.entry("widget", "sidebar"),
      Map.entry("byline", "byline"), Map.entry("author", "byline"),
      Map.entry("caption", "caption"), Map.entry("credit", "credit"),
      Map.entry("copyright", "footer"), Map.entry("tags", "tags"), Map.entry("topics", "tags"),
      Map.entry("comments", "comments"), Map.entry("kommentare", "comments"),
      Map.entry("sharing", "share buttons"), Map.entry("follow", "share buttons"),
      Map.entry("navigation", "navigation"), Map.entry("navbar", "navigation"),
      Map.entry("breadcrumbs", "navigation"), Map.entry("footer", "footer"),
      Map.entry("ad", "promotion"), Map.entry("ads", "promotion"),
      Map.entry("advertisement", "promotion"), Map.entry("sponsored", "promotion"),
      Map.entry("promotion", "promotion"), Map.entry("recommended", "related links"),
      Map.entry("recommendations", "related links"), Map.entry("empfehlungen", "related links"),
      Map.entry("cookies", "cookie notice"), Map.entry("teaser", "related links"),
      Map.entry("teasers", "related links"), Map.entry("newsticker", "related links"));
  private static final Set<String> PARAGRAPH_TAGS =
      Set.of("p", "pre", "td", "blockquote", "dd", "li", "dt");
  /** A run of text this long, with few links, reads as article text. */
  private static final int GOOD_LENGTH = 50;
  /** Climbing to an ancestor must add at least this much article text ... */
  private static final int CLIMB_MIN_GAIN = 200;
  /** ... and this many times as much article text as other text. */
  private static final double CLIMB_RATIO = 2;
  /** A candidate this close to the best may win with far more article text. */
  private static final double ALT_RATIO = 0.4;
  /** A short block with more of its text in links than this is a link list. */
  private static final double LINK_HEAVY = 0.7;
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> STRUCTURAL_BOILERPLATE = Set.of("nav", "footer", "aside");
  /** Less kept text than this is no article: the whole page is read instead. */
  private static final int SHORT_ARTICLE = 250;
  /** How far before the article's first kept block a lead may stand, in blocks. */
  private static final int LEAD_REACH = 10;
  /** Blocks between the lead and the article that do not count towards its reach. */
  private static final Set<String> SKIPPED_BEFORE_LEAD = Set.of("navigation", "links",
      "share buttons");
  /** Reasons that do not keep a paragraph out of the lead before the article. */
  private static final Set<String> LEAD_REASONS = Set.of("outside the article", "boilerplate",
      "related links");

  /** The article's blocks, and what was left out with the reasons. */
  record Result(List<Block> blocks, List<String[]> removed) {}

  /** Per-page sums and memos, so that no element's text is computed twice. */
  private static final class Stats {
    private final Map<Element, int[]> sums = new IdentityHashMap<>();
    private final Map<Element, Object> insideReasons = new IdentityHashMap<>();
    private final Map<Element, Object> outsideReasons = new IdentityHashMap<>();
    private final Map<Element, Boolean> listed = new IdentityHashMap<>();
    private final Map<Element, Boolean> boilerplate = new IdentityHashMap<>();
    private final Map<Element, Boolean> teaser = new IdentityHashMap<>();
    private static final Object NONE = new Object();

    Stats(List<Block> all, Element body) {
      for (Block b : all) {
        for (Element a = b.element(); a != null; a = a.parent()) {
          int[] s = sums.computeIfAbsent(a, k -> new int[3]);
          s[0] += b.text().length();
          s[1] += b.linkChars();
          s[2]++;
        }
      }
    }

    int text(Element e) {
      int[] s = sums.get(e);
      return s == null ? 0 : s[0];
    }

    double linkDensity(Element e) {
      int[] s = sums.get(e);
      return s == null || s[0] == 0 ? 0 : (double) s[1] / s[0];
    }

    int blocks(Element e) {
      int[] s = sums.get(e);
      return s == null ? 0 : s[2];
    }

    @Nullable String reason(Element e, boolean inside) {
      Map<Element, Object> memo = inside ? insideReasons : outsideReasons;
      Object r = memo.get(e);
      if (r == null) {
        String computed = reasonOf(e, inside);
        memo.put(e, computed == null ? NONE : computed);
        return computed;
      }
      return r == NONE ? null : (String) r;
    }
  }

  private ContentFinder() {}

  static Result find(Element body) {
    List<Block> all = Blocks.of(body);
    Stats st = new Stats(all, body);
    List<Element> content = chooseContent(body, all, st);
    IdentityHashMap<Element, Boolean> inContent = new IdentityHashMap<>();
    for (Element c : content) {
      inContent.put(c, Boolean.TRUE);
    }
    // Per block of the page: null to keep it, else why it is left out.
    String[] why = new String[all.size()];
    List<Integer> region = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Block b = all.get(i);
      Element area = contentAncestor(b.element(), inContent);
      if (area == null) {
        why[i] = outsideReason(b.element(), st);
      } else {
        region.add(i);
        why[i] = insideReason(b, area, st);
      }
    }
    int substantial = 0;
    int keptChars = 0;
    for (int i : region) {
      int len = all.get(i).text().length();
      substantial += len >= GOOD_LENGTH ? len : 0;
      keptChars += why[i] == null ? len : 0;
    }
    if (keptChars < substantial / 4) {
      // Class names removed nearly all of the article: they lie (an article in an "ad-wrapper",
      // a live ticker in "comments"). Trust the text instead.
      for (int i : region) {
        Block b = all.get(i);
        why[i] = b.linkDensity() > LINK_HEAVY && b.text().length() < 300 ? "links"
            : Boilerplate.reason(b.text());
      }
    }
    for (int i : region) {
      if (why[i] == null && inTeaser(all.get(i).element(), inContent, st)) {
        why[i] = "related links";
      }
    }
    dropStrayShortBlocks(all, region, why);
    addLead(all, why, body, st);
    if (keptLength(all, why) < SHORT_ARTICLE) {
      // Next to nothing was kept: the page is no article of paragraphs (a results table, a
      // product page) or its container was misjudged. Read the whole page instead, with the
      // same rules for what inside it is boilerplate, when that gives much more.
      String[] whole = new String[all.size()];
      List<Integer> everything = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        everything.add(i);
        whole[i] = insideReason(all.get(i), body, st);
      }
      dropStrayShortBlocks(all, everything, whole);
      if (keptLength(all, whole) >= 2 * keptLength(all, why) + 100) {
        why = whole;
      }
    }
    List<Block> kept = new ArrayList<>();
    List<String[]> removed = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (why[i] == null) {
        kept.add(all.get(i));
      } else {
        removed.add(new String[] {all.get(i).text(), why[i]});
      }
    }
    return new Result(kept, removed);
  }

  private static int keptLength(List<Block> all, String[] why) {
    int n = 0;
    for (int i = 0; i < all.size(); i++) {
      n += why[i] == null ? all.get(i).text().length() : 0;
    }
    return n;
  }

  /**
   * Takes in the lead: the standfirst that many pages set in the article's header, above the
   * container of the body text, with only the headline, byline, date and share buttons between.
   * A paragraph of full sentences with few links, in the same part of the page as the body.
   */
  private static void addLead(List<Block> all, String[] why, Element body, Stats st) {
    int first = -1;
    for (int i = 0; i < all.size(); i++) {
      if (why[i] == null) {
        first = i;
        break;
      }
    }
    if (first <= 0) {
      return;
    }
    Element anchor = all.get(first).element();
    int seen = 0;
    for (int j = first - 1; j >= 0 && seen < LEAD_REACH; j--) {
      Block b = all.get(j);
      if (isLead(b, why[j], anchor, body, st)) {
        why[j] = null;
      } else if (b.text().length() >= 120) {
        return; // other text stands between: what lies before belongs to something else
      }
      if (!SKIPPED_BEFORE_LEAD.contains(why[j] == null ? "" : why[j])) {
        seen++; // a table of contents or share bar between does not count
      }
    }
  }

  private static boolean isLead(Block b, String reason, Element anchor, Element body, Stats st) {
    String t = b.text();
    boolean sentence = endsSentence(t, false) || b.tag().equals("p") && t.length() >= 60;
    if (!LEAD_REASONS.contains(reason) || t.length() < 50 || b.linkDensity() >= 0.2
        || !sentence || Boilerplate.reason(t) != null
        || inListedItem(b.element(), body, st)) {
      return false;
    }
    for (Element a = b.element(); a != null; a = a.parent()) {
      if (STRUCTURAL_BOILERPLATE.contains(a.tagName()) || a.tagName().equals("form")
          || words(a).contains("search")) {
        return false;
      }
    }
    Element shared = commonAncestor(b.element(), anchor);
    return shared != null && shared != body && !shared.tagName().equals("html");
  }

  private static @Nullable Element commonAncestor(Element a, Element b) {
    IdentityHashMap<Element, Boolean> up = new IdentityHashMap<>();
    for (Element e = a; e != null; e = e.parent()) {
      up.put(e, Boolean.TRUE);
    }
    for (Element e = b; e != null; e = e.parent()) {
      if (up.containsKey(e)) {
        return e;
      }
    }
    return null;
  }

  /** The elements that hold the article: the best container and its article-like siblings. */
  private static List<Element> chooseContent(Element body, List<Block> all, Stats st) {
    Map<Element, Double> scores = score(all, st);
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        top = e.getKey();
      }
    }
    List<Element> content = new ArrayList<>();
    if (top == null) {
      content.add(body);
      return content;
    }
    Map<Element, int[]> text = textQuality(all, body, st);
    top = preferSubstantial(top, scores, best, text);
    top = widen(top, scores, scores.getOrDefault(top, best));
    top = climb(top, body, text);
    Element parent = top.parent();
    if (parent == null) {
      content.add(top);
      return content;
    }
    double threshold = Math.max(10, best * 0.2);
    for (Element sibling : parent.children()) {
      if (sibling == top || scores.getOrDefault(sibling, 0.0) >= threshold
          || isArticleParagraph(sibling)) {
        content.add(sibling);
      }
    }
    return content;
  }

  /** {@link #dropStrayShortBlocks(List, List)} over some of the page's blocks. */
  private static void dropStrayShortBlocks(List<Block> all, List<Integer> idx, String[] why) {
    List<Block> region = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (int i : idx) {
      region.add(all.get(i));
      reasons.add(why[i]);
    }
    dropStrayShortBlocks(region, reasons);
    for (int k = 0; k < idx.size(); k++) {
      why[idx.get(k)] = reasons.get(k);
    }
  }

  /**
   * Headings and short lines belong to the article only next to its text: a heading followed by
   * a link list, or a short line at the edge of the article, is boilerplate.
   */
  private static void dropStrayShortBlocks(List<Block> region, List<String> reasons) {
    if (region.stream().noneMatch(ContentFinder::isGood)) {
      return; // a page of short lines only: nothing to tell the article by
    }
    for (int i = region.size() - 1; i >= 0; i--) {
      if (reasons.get(i) != null || isGood(region.get(i)) || isItem(region.get(i))) {
        continue; // a table's cells and a list's items are its data, however short
      }
      Block b = region.get(i);
      boolean heading = HEADINGS.contains(b.tag())
          || !endsSentence(b.text(), true) && b.text().length() < 60;
      int next = nextKept(reasons, i, 1);
      int prev = nextKept(reasons, i, -1);
      boolean nextRemovedRightAfter = i + 1 < region.size() && reasons.get(i + 1) != null;
      if (heading && (next < 0 || nextRemovedRightAfter && !isGood(region.get(next)))) {
        reasons.set(i, "heading without text");
      } else if (b.text().length() < 40 && (prev < 0 || next < 0)
          && !(prev >= 0 && isGood(region.get(prev))) && !(next >= 0 && isGood(region.get(next)))) {
        reasons.set(i, "stray line");
      }
    }
  }

  private static boolean isItem(Block b) {
    return b.tag().equals("td") || b.tag().equals("th")
        || b.tag().equals("li") && b.linkDensity() < 0.5;
  }

  private static int nextKept(List<String> reasons, int from, int step) {
    for (int j = from + step; j >= 0 && j < reasons.size(); j += step) {
      if (reasons.get(j) == null) {
        return j;
      }
    }
    return -1;
  }

  private static boolean isGood(Block b) {
    return b.text().length() >= 80 && b.linkDensity() < 0.3;
  }

  /** Prefers the parent when several strong candidates sit under it (an article in parts). */
  private static Element widen(Element top, Map<Element, Double> scores, double best) {
    Element parent = top.parent();
    if (parent == null || parent.tagName().equals("body") || parent.tagName().equals("html")) {
      return top;
    }
    int strong = 0;
    for (Element sibling : parent.children()) {
      if (sibling != top && scores.getOrDefault(sibling, 0.0) >= best * 0.6) {
        strong++;
      }
    }
    return strong >= 2 ? parent : top;
  }

  /**
   * Moves up from the best container while the parent adds much more article-like text (long
   * runs with few links, outside boilerplate) than short or link-heavy text: articles split
   * into several containers.
   */
  /** Per element: characters of article-like text (long, few links, no boilerplate) and others. */
  private static Map<Element, int[]> textQuality(List<Block> all, Element body, Stats st) {
    Map<Element, int[]> stats = new IdentityHashMap<>();
    for (Block b : all) {
      boolean good = b.text().length() >= GOOD_LENGTH && b.linkDensity() < 0.3
          && !inBoilerplate(b.element(), st) && !inListedItem(b.element(), body, st);
      for (Element a = b.element(); a != null && a != body; a = a.parent()) {
        int[] sum = stats.computeIfAbsent(a, k -> new int[2]);
        sum[good ? 0 : 1] += b.text().length();
      }
    }
    return stats;
  }

  /**
   * A small box whose class says "content" can outscore a long article. Among candidates nearly
   * as strong as the best, one with far more article-like text wins.
   */
  private static Element preferSubstantial(Element top, Map<Element, Double> scores,
      double best, Map<Element, int[]> text) {
    int topGood = text.getOrDefault(top, new int[2])[0];
    Element choice = top;
    double choiceScore = -1;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      int good = text.getOrDefault(e.getKey(), new int[2])[0];
      if (e.getValue() >= ALT_RATIO * best && good >= 2 * topGood + 200
          && e.getValue() > choiceScore) {
        choice = e.getKey();
        choiceScore = e.getValue();
      }
    }
    return choice;
  }

  private static Element climb(Element top, Element body, Map<Element, int[]> stats) {
    int[] here = stats.getOrDefault(top, new int[2]);
    Element best = top;
    for (Element a = top.parent(); a != null && a != body; a = a.parent()) {
      int[] up = stats.getOrDefault(a, new int[2]);
      int gain = up[0] - here[0];
      int junk = up[1] - here[1];
      if (gain >= CLIMB_MIN_GAIN && gain >= CLIMB_RATIO * junk) {
        best = a;
      }
    }
    return best;
  }

  /**
   * Whether an element sits in one of several alike items (same tag and class) that each hold a
   * headline and a text: a list of teasers for other articles.
   */
  private static boolean inListedItem(Element e, Element body, Stats st) {
    Element p = e.parent();
    if (p == null || p == body) {
      return false;
    }
    Boolean memo = st.listed.get(p);
    if (memo != null) {
      return memo;
    }
    boolean result = isListedItem(p, st) || inListedItem(p, body, st);
    st.listed.put(p, result);
    return result;
  }

  private static boolean isListedItem(Element a, Stats st) {
    {
      if (a.className().isEmpty() || st.blocks(a) < 2 || a.parent() == null
          || st.text(a) > 600 || !hasHeadline(a)) {
        return false;
      }
      int alike = 0;
      for (Element sibling : a.parent().children()) {
        if (sibling != a && sibling.tagName().equals(a.tagName())
            && sibling.className().equals(a.className())) {
          alike++;
        }
      }
      return alike >= 2;
    }
  }

  /**
   * Whether an element sits, inside the article's container, in one of several alike small boxes
   * that each open with a linked headline: teasers for other articles set into the article.
   */
  private static boolean inTeaser(Element e, IdentityHashMap<Element, Boolean> content,
      Stats st) {
    for (Element a = e; a != null && !content.containsKey(a); a = a.parent()) {
      if (st.text(a) > 600) {
        return false;
      }
      if (st.teaser.computeIfAbsent(a, x -> isTeaserItem(x, st))) {
        return true;
      }
    }
    return false;
  }

  /** A small box with a class, a linked headline and text, beside another box like it. */
  private static boolean isTeaserItem(Element a, Stats st) {
    if (a.className().isEmpty() || a.parent() == null || !isHeadlinedBox(a, st)
        || !a.getElementsByTag("blockquote").isEmpty()) { // embedded posts are quoted text
      return false;
    }
    for (Element sibling : a.parent().children()) {
      if (sibling != a && sibling.tagName().equals(a.tagName())
          && sibling.className().equals(a.className()) && isHeadlinedBox(sibling, st)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHeadlinedBox(Element a, Stats st) {
    return st.blocks(a) >= 2 && !PARAGRAPH_TAGS.contains(a.tagName()) && hasHeadlineLink(a);
  }

  /** Whether an item opens with a link of a headline's length (its title, linked). */
  private static boolean hasHeadlineLink(Element item) {
    Element link = item.selectFirst("a");
    if (link == null) {
      return false;
    }
    String title = link.text();
    return title.length() >= 15 && item.text().startsWith(title);
  }

  private static boolean hasHeadline(Element item) {
    if (!item.select("h1, h2, h3, h4, h5, h6").isEmpty()) {
      return true;
    }
    for (Element link : item.getElementsByTag("a")) {
      if (link.text().length() >= 15) {
        return true;
      }
    }
    return false;
  }

  private static boolean inBoilerplate(Element e, Stats st) {
    Boolean memo = st.boilerplate.get(e);
    if (memo != null) {
      return memo;
    }
    boolean result = STRUCTURAL_BOILERPLATE.contains(e.tagName()) || st.reason(e, true) != null
        || e.parent() != null && inBoilerplate(e.parent(), st);
    st.boilerplate.put(e, result);
    return result;
  }

  /**
   * Whether an element stands in a cookie notice ("avia-cookie-consent-wrap"): however long its
   * text, never the article's. A wrapper of most of the page's text is no notice, whatever its
   * name (a consent manager's frame around the whole page).
   */
  private static boolean inCookieNotice(Element e, Stats st) {
    org.jsoup.nodes.Document page = e.ownerDocument();
    int all = page == null ? Integer.MAX_VALUE : st.text(page.body());
    for (Element a = e; a != null; a = a.parent()) {
      if (words(a).stream().anyMatch(COOKIE_NOTICE::contains)) {
        return st.text(a) < all / 2;
      }
    }
    return false;
  }

  private static boolean isArticleParagraph(Element e) {
    if (!e.tagName().equals("p")) {
      return false;
    }
    String text = e.text();
    double ld = linkChars(e) / (double) Math.max(1, text.length());
    return text.length() > 80 && ld < 0.25
        || text.length() > 0 && ld == 0 && text.matches("(?s).*[.!?…\"“”»«]$");
  }

  /** Scores containers by the runs of text they hold. */
  /** Scores in document order, so that ties break the same way on every run. */
  private static Map<Element, Double> score(List<Block> all, Stats st) {
    Map<Element, Double> scores = new java.util.LinkedHashMap<>();
    for (Block b : all) {
      String text = b.text();
      if (text.length() < 25 || HEADINGS.contains(b.tag())) {
        continue;
      }
      double s = 1 + commas(text) + Math.min(text.length() / 100, 3);
      // A paragraph votes for its container; text loose in a div votes for the div itself.
      Element ancestor = PARAGRAPH_TAGS.contains(b.tag()) ? b.element().parent() : b.element();
      int level = 0;
      while (ancestor != null && level < 5) {
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        scores.merge(ancestor, s * share + (scores.containsKey(ancestor) ? 0 : initial(ancestor)),
            Double::sum);
        ancestor = ancestor.parent();
        level++;
      }
    }
    Map<Element, Double> out = new java.util.LinkedHashMap<>();
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      Element el = e.getKey();
      if (el.tagName().equals("html") || el.tagName().equals("body") || inCookieNotice(el, st)) {
        continue;
      }
      out.put(el, e.getValue() * (1 - st.linkDensity(el)));
    }
    return out;
  }

  private static double initial(Element e) {
    double s = switch (e.tagName()) {
      case "article" -> 10;
      case "div", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "aside", "nav", "footer", "header" -> -25;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return s + classWeight(e);
  }

  private static double classWeight(Element e) {
    Set<String> words = words(e);
    double w = 0;
    if (words.stream().anyMatch(NEGATIVE::contains)) {
      w -= 25;
    }
    if (words.stream().anyMatch(POSITIVE::contains)) {
      w += 25;
    }
    if ("articleBody".equals(e.attr("itemprop"))) {
      w += 50;
    }
    return w;
  }

  private static boolean endsSentence(String text, boolean colonToo) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(text.length() - 1);
    return ".!?…\"“”»«".indexOf(c) >= 0 || colonToo && ":;)".indexOf(c) >= 0;
  }

  /** The words of an element's class and id: "storyBody article-text" gives story, body, article, text. */
  static Set<String> words(Element e) {
    String attrs = e.className() + " " + e.id();
    Set<String> out = new java.util.HashSet<>();
    StringBuilder w = new StringBuilder();
    char prev = ' ';
    for (int i = 0; i < attrs.length(); i++) {
      char c = attrs.charAt(i);
      boolean letter = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
      boolean upper = c >= 'A' && c <= 'Z';
      if (upper && prev >= 'a' && prev <= 'z' && w.length() > 0) {
        out.add(w.toString()); // camelCase: "storyBody" is story, body
        w.setLength(0);
      }
      if (letter || upper) {
        w.append(Character.toLowerCase(c));
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
      prev = c;
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、') {
        n++;
      }
    }
    return n;
  }

  static int linkChars(Element e) {
    int n = 0;
    for (Element a : e.getElementsByTag("a")) {
      n += a.text().length();
    }
    return n;
  }

  private static @Nullable Element contentAncestor(Element e,
      IdentityHashMap<Element, Boolean> content) {
    for (Element a = e; a != null; a = a.parent()) {
      if (content.containsKey(a)) {
        return a;
      }
    }
    return null;
  }

  /** Why a block outside the article was left out. */
  private static String outsideReason(Element e, Stats st) {
    for (Element a = e; a != null; a = a.parent()) {
      if (STRUCTURAL_BOILERPLATE.contains(a.tagName())) {
        return a.tagName().equals("nav") ? "navigation"
            : a.tagName().equals("aside") ? "sidebar" : "footer";
      }
      String reason = st.reason(a, false);
      if (reason != null) {
        return reason;
      }
    }
    return "outside the article";
  }

  /** Why a block inside the article is boilerplate, or null to keep it. */
  private static @Nullable String insideReason(Block b, Element area, Stats st) {
    int areaLength = st.text(area);
    for (Element a = b.element(); a != null && a != area.parent(); a = a.parent()) {
      if (STRUCTURAL_BOILERPLATE.contains(a.tagName())) {
        return a.tagName().equals("nav") ? "navigation"
            : a.tagName().equals("aside") ? "sidebar" : "footer";
      }
      if (a.tagName().equals("figure") || a.tagName().equals("figcaption")) {
        return "caption";
      }
      if (st.text(a) > areaLength / 2) {
        continue; // a wrapper holding much of the article is no boilerplate, whatever its name
      }
      String reason = st.reason(a, true);
      if (reason != null) {
        return reason;
      }
    }
    if (b.linkDensity() > LINK_HEAVY && b.text().length() < 300) {
      return "links";
    }
    return Boilerplate.reason(b.text());
  }

  private static @Nullable String reasonOf(Element a, boolean inside) {
    Set<String> words = words(a);
    if (words.isEmpty() || words.stream().anyMatch(POSITIVE::contains)
        && !words.contains("comment") && !words.contains("comments")) {
      return null;
    }
    for (String w : words) {
      if (NEGATIVE.contains(w) && !(inside && WEAK_NEGATIVE.contains(w))) {
        return REASONS.getOrDefault(w, "boilerplate");
      }
    }
    return null;
  }
}
