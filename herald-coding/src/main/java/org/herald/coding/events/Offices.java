package org.herald.coding.events;

import java.util.List;
import java.util.Locale;
import org.herald.coding.Named;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Whom a noun of an office with a definite article stands for when it names no one itself ("the
 * governor", "die Kanzlerin", the {@code role-nouns} of the event words): the person named last
 * before it who bore that office as a title or in apposition. A person named without the title
 * is not guessed at.
 */
final class Offices {
  private Offices() {}

  /**
   * The person named last before a noun of an office who bore that office as a title ("California
   * Governor Gavin Newsom", "Bundeskanzlerin Angela Merkel") or in apposition ("Gavin Newsom, the
   * governor of California,"); or null.
   */
  static @Nullable Entity titled(List<Named> names, String text, Token role) {
    String noun = role.word().toLowerCase(Locale.ROOT);
    Entity found = null;
    for (Named n : names) {
      if (n.mention().end() > role.start()) {
        break;
      }
      if (n.entity().type() == EntityType.PERSON
          && (titleBefore(text, n.mention().start(), noun)
              || titleAfter(text, n.mention().end(), noun))) {
        found = n.entity();
      }
    }
    return found;
  }

  /** Whether one of the three words before a position, in its sentence, is the office. */
  private static boolean titleBefore(String text, int at, String noun) {
    int from = Math.max(0, at - 60);
    String before = text.substring(from, at);
    int stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n'));
    if (stop < 0 && from > 0) {
      stop = before.indexOf(' '); // the window's first word may be cut
    }
    String[] w = before.substring(stop + 1).strip().split("\\s+");
    for (int i = Math.max(0, w.length - 3); i < w.length; i++) {
      if (sameOffice(w[i], noun)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an apposition right after a position names the office: ", the governor of". */
  private static boolean titleAfter(String text, int at, String noun) {
    String after = text.substring(at, Math.min(text.length(), at + 80));
    if (!after.startsWith(",")) {
      return false;
    }
    int end = after.length();
    for (char c : new char[] {',', '.', ';', '('}) {
      int i = after.indexOf(c, 1);
      end = i > 0 ? Math.min(end, i) : end;
    }
    for (String w : after.substring(1, end).strip().split("\\s+")) {
      if (sameOffice(w, noun)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word names the office a noun names: one ends with the other ("Bundeskanzlerin"). */
  private static boolean sameOffice(String word, String noun) {
    String w = word.replaceAll("[^\\p{L}-]", "").toLowerCase(Locale.ROOT);
    return w.length() >= 4 && (w.endsWith(noun) || noun.endsWith(w));
  }
}
