package org.herald.kb;

/** Small helpers for names as texts write them. */
public final class Names {
  private Names() {}

  /** Whether a name is written in capitals only ("PEKING"), letters counted, at least one. */
  public static boolean isUpperCase(String s) {
    return s.chars().anyMatch(Character::isLetter)
        && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /** "PEKING" gives "Peking", "NEW YORK" gives "New York": each word's first letter kept. */
  public static String titleCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean start = true;
    for (char c : s.toCharArray()) {
      sb.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return sb.toString();
  }

  /**
   * The fold of a name whose umlauts are written as their plain vowels ("Weizsäcker" as the
   * Phoenix dictionaries write it, WEIZSACKER), or null when it has no umlaut: {@link #fold}
   * writes them the German way ("weizsaecker").
   */
  public static @org.jspecify.annotations.Nullable String foldPlainUmlauts(String name) {
    String plain = name.replace('ä', 'a').replace('ö', 'o').replace('ü', 'u')
        .replace('Ä', 'A').replace('Ö', 'O').replace('Ü', 'U');
    return plain.equals(name) ? null : fold(plain);
  }

  /**
   * The form names are compared in: lower case, German umlauts spelled out (ö is oe, as in the
   * Phoenix dictionaries' ROETTGEN; {@link #foldPlainUmlauts} for their WEIZSACKER), other
   * accents dropped, hyphens as spaces, dots and apostrophes dropped. "Ban Ki-moon" and "BAN_KI_MOON" fold alike; so do "Erdoğan" and
   * "Erdogan".
   */
  public static String fold(String name) {
    String s = name.toLowerCase(java.util.Locale.ROOT)
        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    boolean plain = true;
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      char c = s.charAt(i);
      ascii = c < 128;
      plain &= c != '-' && c != '.' && c != '\'' && c != '_';
    }
    if (ascii && plain) {
      return s.strip();
    }
    if (!ascii) { // ASCII has no accents to take apart (the Phoenix names: VLADIMIR_PUTIN)
      s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || c == '.' || c == '\''
          || c == '\u2019') {
        continue;
      }
      if (c == '-' || c == '_' || Character.isWhitespace(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c == 'ı' ? 'i' : c);
    }
    return b.toString();
  }
}
