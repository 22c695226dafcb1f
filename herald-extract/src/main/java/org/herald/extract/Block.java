package org.herald.extract;

import org.jsoup.nodes.Element;

/**
 * A run of text of the page, with what it was found in: the element, its tag, the characters of
 * it in links, and its range in the source HTML (-1 where the parser did not track it).
 */
record Block(String text, int linkChars, Element element, String tag, int sourceStart,
    int sourceEnd) {
  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }
}
