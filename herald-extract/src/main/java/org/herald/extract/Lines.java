package org.herald.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a line of an article is when it is not body text: a photo credit ("Michail Metzel | TASS |
 * Getty Images"), a contributor note or byline ("— CNBC's Abigail Ng contributed to this report",
 * "Mitarbeit: Anna Beispiel", "Von Lena Probe"), or layout debris. Used for plain text and HTML.
 */
final class Lines {
  private static final Pattern CREDIT_PARTS = Pattern.compile(
      "^[^|]{2,60}(\\s\\|\\s[^|]{2,60}){1,4}$");
  private static final Pattern AGENCY = Pattern.compile(
      "(?i)\\b(getty|images|reuters|afp|ap|dpa|tass|epa|imago|picture alliance|shutterstock"
          + "|keystone|anadolu|xinhua|sputnik|bloomberg|foto|photo|bild)\\b");
  private static final Pattern CONTRIBUTED = Pattern.compile(
      "(?i)^[—–-]?\\s*(?:(?:[\\p{L}.&]+(?:'s|s|’s)\\s+))?((?:\\p{Lu}[\\p{L}.'-]+\\s?){1,4}?)"
          + "\\s+(?:and\\s+((?:\\p{Lu}[\\p{L}.'-]+\\s?){1,4}?)\\s+)?"
          + "(contributed to this report|contributed reporting|hat zu diesem bericht beigetragen"
          + "|haben zu diesem bericht beigetragen|trugen zu diesem bericht bei)\\.?$");
  private static final Pattern BYLINE = Pattern.compile(
      "(?i:von|by|text|autor|autorin|author)\\s*:?\\s+(\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,3})");
  private static final Pattern COLLABORATION = Pattern.compile(
      "(?i)^(?:mitarbeit|mit material von|additional reporting by|reporting by|writing by"
          + "|editing by)\\s*:?\\s+(.{2,120})$");

  private Lines() {}

  private static final Pattern SLASH_CREDIT = Pattern.compile(
      "^[^/]{2,50}/\\s?(getty images|dpa|afp|reuters|ap|imago|picture alliance|epa|keystone"
          + "|shutterstock)$", Pattern.CASE_INSENSITIVE);

  /** Whether a line is a photo credit: parts separated by bars, one naming an agency. */
  static boolean isCredit(String line) {
    return line.length() < 150 && (CREDIT_PARTS.matcher(line).matches()
        && AGENCY.matcher(line).find() || SLASH_CREDIT.matcher(line).matches());
  }

  /** The contributors a contributor note names, or null when the line is none. */
  static @Nullable List<String> contributors(String line) {
    if (line.length() > 200) {
      return null;
    }
    Matcher m = CONTRIBUTED.matcher(line.strip());
    if (m.matches()) {
      List<String> out = new ArrayList<>();
      out.add(m.group(1).strip());
      if (m.group(2) != null) {
        out.add(m.group(2).strip());
      }
      return out;
    }
    Matcher b = BYLINE.matcher(line.strip());
    if (b.matches()) {
      return List.of(b.group(1));
    }
    Matcher c = COLLABORATION.matcher(line.strip());
    if (c.matches()) {
      List<String> out = new ArrayList<>();
      for (String part : c.group(1).replaceFirst("[.;]$", "").split("\\s*(,|;| und | and )\\s*")) {
        if (!part.isBlank() && part.length() < 60) {
          out.add(part.strip());
        }
      }
      return out.isEmpty() ? null : out;
    }
    return null;
  }

  /** Lines with no letters or digits ("."), left over from a page's layout. */
  static boolean isDebris(String line) {
    return line.codePoints().noneMatch(Character::isLetterOrDigit);
  }
}
