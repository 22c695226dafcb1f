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
}
