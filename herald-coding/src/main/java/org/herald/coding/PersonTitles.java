package org.herald.coding;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.herald.core.model.EntityType;
import org.herald.kb.EntryKind;
import org.herald.kb.KbEntry;
import org.herald.kb.KnowledgeBase;
import org.herald.kb.Words;
import org.jspecify.annotations.Nullable;

/**
 * The text layer for people the knowledge base does not know: a title or occupation next to the
 * name (person-titles.tsv) gives the role, and the organisation or country named with it, else
 * the country the article is set in, gives whom the person acts for. "Bischof Felix Gmür" in a
 * Swiss article is CHEREL; "Eswar Prasad, a trade professor at Cornell" USAEDU; "Jürgen Kerner"
 * after "Der Zweite Vorsitzende der Gewerkschaft IG Metall," acts for IG Metall (DEULAB).
 * Thread-safe.
 */
final class PersonTitles {
  /** Words of address and degrees that stand between a title and a name. */
  private static final Set<String> HONORIFICS = Set.of("dr.", "dr", "mr.", "mrs.", "ms.", "mr",
      "mrs", "ms", "herr", "frau", "sir", "dame", "hon.", "rt.", "the", "dipl.-ing.", "mag.",
      "mag.a", "mmag.", "mmag.a", "ing.", "msgr.");
  /** Words that attach an organisation or a place to a title: "of", "der", "at". */
  private static final Set<String> LINKS = Set.of("of", "at", "for", "from", "with", "in", "der",
      "des", "von", "vom", "bei", "beim", "im", "am", "the", "den", "dem");
  /** Parts of speech that may stand inside a title phrase ("a senior military analyst"). */
  private static final Set<String> INSIDE = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV",
      "ADP", "CCONJ");
  private static final int REACH = 10;
  /** Words that join two titles before one name: "Betriebsratschefin und Aufsichtsrätin". */
  private static final Set<String> AND = Set.of("und", "and");
  /** An age right before a name: "54-year-old", "35-jährige". */
  private static final Pattern AGE_BEFORE = Pattern.compile(
      "[1-9][0-9]?-(year-old|jährige[nr]?|Jährige[nr]?)");

  private final KnowledgeBase kb;
  private final Words words;

  PersonTitles(KnowledgeBase kb) {
    this.kb = requireNonNull(kb, "kb is null");
    this.words = kb.words();
  }

  /** A title found: its role ("ORG" for a head of an organisation) and the phrase around it. */
  private record Title(String role, int first, int last, int word) {
    Title(String role, int first, int last) {
      this(role, first, last, last);
    }
  }

  /**
   * The entry the text gives the unknown person named at {@code person}, or null when nothing
   * around the name says whom the person acts for. {@code home} is the country the article is
   * set in, or null; {@code day} the article's date, for an organisation's code on it;
   * {@code publisher} the party whose own page it is, or null; {@code paper} the country of the
   * paper by its address, or null.
   */
  @Nullable KbEntry describe(List<String> w, List<String> upos, List<Descriptions.Name> names,
      Descriptions.Name person, String name, String lang, @Nullable String home,
      java.time.@Nullable LocalDate day, @Nullable KbEntry publisher, @Nullable String paper) {
    // a title right before the name, else one in apposition after it, else one that ends in a
    // comma before it: "In a letter to the president in May, Zippy Duvall, the president of the
    // American Farm Bureau, said" is the Farm Bureau's president
    Title t = before(w, upos, names, person, lang, false);
    if (t == null) {
      t = after(w, upos, names, person, lang);
    }
    if (t == null) {
      t = before(w, upos, names, person, lang, true);
    }
    if (t == null) {
      t = predicate(w, upos, names, person, lang);
    }
    if (t == null) {
      t = inName(w, person, lang);
    }
    if (t == null && credited(w, person)) {
      // "Foto: Markus Scholz/dpa", "Parlamentsdirektion/Thomas Topf", "By Aaron Humes": the
      // press credits its own people this way, the paper's (Belizean on breakingbelizenews.com)
      t = new Title("MED", person.first(), person.last());
      home = paper != null ? paper : home;
    }
    if (t == null && agedOnly(w, person)) {
      // "Michael Webb, 32, of Franklin", "Viviane Obenauf (35)": the press gives a private
      // person's age where it gives an official's office
      t = new Title("CVL", person.last() + 1, person.last() + 3);
    }
    if (t != null && before(w, t, Descriptions.ANOTHER_TIME)) {
      return null; // "der damalige Bundespräsident Christian Wulff": not what he is now
    }
    KbEntry org = null;
    String country = null;
    if (t != null && publisher != null && ours(w, t)) {
      org = publisher; // "sagt unsere Wohnbausprecherin Ruth Becher" on the SPÖ's page
    }
    if (t != null && org == null) {
      org = organisation(names, person, t);
      if (org == null) {
        org = compoundPrefix(w, t.word(), lang, home);
      }
      if (org == null && "en".equals(lang) && PARTY_TITLES.contains(t.role()) && !left(w, t)) {
        org = partyBefore(w, t, home); // "Labour leader Jeremy Corbyn", "Republican Sen."
      }
      country = countryWord(w, names, t);
      if (org != null && t.role().equals("MED") && ofState(org)) {
        // "VOA Pentagon correspondent Carla Babb": the press covers the Pentagon, not for it
        country = country != null ? country : org.country();
        org = null;
      }
    }
    if (org == null) {
      org = parenthesised(w, names, person);
    }
    if (org == null && t == null) {
      org = ofOrganisation(w, names, person);
    }
    if (org == null && t == null) {
      org = forOrganisation(w, names, person);
    }
    if (org == null && t == null && partyInBrackets(w, person)) {
      // "Susanne Wiest (Piratenpartei)", "Jane Roe (Pirate Party)": a party the knowledge base
      // does not know, of the country the article is set in
      t = new Title("PTY", person.last() + 1, person.last() + 1);
    }
    String actor;
    String place;
    String orgCode = null;
    if (org != null) {
      actor = org.actorOn(day); // a party in opposition on the day: its OPP code
      String legislator = t == null ? null : Descriptions.legislatorCode(org, t.role(), day);
      if (legislator != null) {
        actor = legislator; // "der SPD-Bundestagsabgeordnete" of a governing SPD
      } else if (t != null && t.role().equals("LAB") && actor != null
          && actor.endsWith("BUS") && org.country() != null) {
        actor = org.country() + "LAB"; // "VW-Betriebsratschefin": the works council, not the firm
      }
      place = org.country();
      orgCode = org.org();
    } else if (t != null) {
      // the country a title names, else the known person's own ("Präsidentschaftskandidat Pete
      // Buttigieg" in a report from London), else the one the article is set in
      place = country != null ? country : person.entry() != null
          && person.entry().country() != null ? person.entry().country() : home;
      String role = t.role().equals("ORG") ? kindOfBody(w, t, lang)
          : STATE.contains(t.role()) && left(w, t) ? "ELI" : t.role();
      actor = place == null ? null : place + role;
    } else {
      return null;
    }
    if (actor == null && place == null) {
      return null;
    }
    return new KbEntry(Descriptions.TEXT + name.replace(' ', '_'), EntryKind.PERSON, name, null,
        List.of(name), place, orgCode, actor, null, null, List.of(), List.of(), 0, null, false);
  }

  /**
   * A title right before the name ("Bischof Harald Rein", "Republican Gov. Eric Holcomb"), or,
   * with {@code comma}, one that ends in a comma before it ("die Präsidentin der EKS, Rita
   * Famos").
   */
  private @Nullable Title before(List<String> w, List<String> upos, List<Descriptions.Name> names,
      Descriptions.Name person, String lang, boolean comma) {
    int p = person.first() - 1;
    while (p >= 0 && HONORIFICS.contains(w.get(p).toLowerCase(Locale.ROOT))) {
      p--;
    }
    if (p < 0) {
      return null;
    }
    if (!comma) {
      if (AGE_BEFORE.matcher(w.get(p)).matches()) {
        return new Title("CVL", p, p); // "54-year-old Bharrat Ramdehol", "der 35-jährige X"
      }
      if (w.get(p).equals(":") && p > 0) {
        return titleEnding(w, p - 1, lang); // "Foto: Markus Scholz/dpa"
      }
      if (w.get(p).equals(",")) {
        return null;
      }
      Title t = titleEnding(w, p, lang);
      if ((t == null || t.role().equals("ORG")) && p >= 2
          && AND.contains(w.get(p - 1).toLowerCase(Locale.ROOT))
          && "NOUN".equals(upos.get(p)) && Character.isUpperCase(w.get(p).charAt(0))) {
        // "Betriebsratschefin und Aufsichtsrätin Daniela Cavallo"; not a list's "Jane Roe,
        // teacher and writer John Doe", whose lower-case words describe the name before. The
        // first title says more than a member's of a body after it ("VW-Betriebsratschefin
        // und Aufsichtsrätin": the works council's, not the board's).
        Title first = titleEnding(w, p - 2, lang);
        t = t == null || first != null && !first.role().equals("ORG") ? first : t;
      }
      return t != null ? t : titleBeforeName(w, names, person, p, lang);
    }
    if (!w.get(p).equals(",")) {
      return null;
    }
    // "Der Präsident des Bundesverbands der Deutschen Industrie (BDI), Siegfried Russwurm"
    for (int j = p - 1; j >= Math.max(0, p - REACH); j--) {
      if (SentenceNames.nameAt(names, j) != null || w.get(j).equals("(")
          || w.get(j).equals(")")) {
        continue;
      }
      Title t = titleEnding(w, j, lang);
      if (t != null) {
        return new Title(t.role(), t.first(), p - 1, t.last());
      }
      if (!INSIDE.contains(upos.get(j))) {
        return null;
      }
    }
    return null;
  }

  /** Words that join a title to the place or body its holder serves in or is sent to. */
  private static final Set<String> SENT_TO = Set.of("to", "at", "in", "for", "bei", "für");
  /** Words that join a title to the body or country its holder belongs to. */
  private static final Set<String> MEMBER = Set.of("of", "der", "des");

  /**
   * A title joined to the name by the name of a place or body: "U.S. Ambassador to the European
   * Union Gordon Sondland" serves the United States (a title sent to a body acts for the country
   * before it, not for the body); "Secretary-General of NATO Jens Stoltenberg" acts for NATO.
   */
  private @Nullable Title titleBeforeName(List<String> w, List<Descriptions.Name> names,
      Descriptions.Name person, int p, String lang) {
    Descriptions.Name between = SentenceNames.nameAt(names, p);
    if (between == null || between == person || between.type() == EntityType.PERSON) {
      return null;
    }
    int k = between.first() - 1;
    if (k >= 0 && Set.of("the", "der", "die", "dem", "den").contains(
        w.get(k).toLowerCase(Locale.ROOT))) {
      k--;
    }
    if (k < 1) {
      return null;
    }
    String link = w.get(k).toLowerCase(Locale.ROOT);
    boolean member = MEMBER.contains(link);
    if (!member && !SENT_TO.contains(link)) {
      return null;
    }
    Title t = titleEnding(w, k - 1, lang);
    if (t == null) {
      return null;
    }
    return member ? new Title(t.role(), t.first(), p, t.last()) : t;
  }

  /**
   * A title the entity tagger took into the name: "Public Ombudsman Nadia Cruz" tagged whole.
   * Only a name of three words or more, whose first word is a title.
   */
  private @Nullable Title inName(List<String> w, Descriptions.Name person, String lang) {
    if (person.last() - person.first() < 2) {
      return null;
    }
    String role = role(w.get(person.first()), lang);
    return role == null ? null : new Title(role, person.first(), person.first());
  }

  /**
   * A title in apposition after the name: "Omar Lamrani, a senior military analyst at
   * Stratfor", "Milan Kostrešević, Präsident der Arbeitsgemeinschaft ...".
   */
  private @Nullable Title after(List<String> w, List<String> upos, List<Descriptions.Name> names,
      Descriptions.Name person, String lang) {
    int n = w.size();
    int j = person.last() + 1;
    if (j >= n || !w.get(j).equals(",") && !w.get(j).equals("(")) {
      return null; // "James Townsend, prosecuting", "Ralph Boes (parteilos)"
    }
    if (j + 2 < n && RELATIVE.contains(w.get(j + 1).toLowerCase(Locale.ROOT))
        && HEADING.contains(w.get(j + 2).toLowerCase(Locale.ROOT))) {
      // "Scott Paul, who heads the Alliance for American Manufacturing": its head
      int end = phraseEnd(w, upos, j + 2);
      for (Descriptions.Name m : names) {
        if (m.first() > j + 2 && m.first() <= end && m.type() == EntityType.ORGANIZATION
            && m.entry() != null && m.entry().actor() != null) {
          return new Title("ORG", j + 1, end, j + 2); // a body known: "who runs a bakery" no
        }
      }
      return null;
    }
    for (int k = j + 1; k < Math.min(n, j + 1 + REACH); k++) {
      if (isPerson(names, k)) {
        return null; // "X, Y and Z": a list of names, not an apposition
      }
      Title t = titleStarting(w, k, lang);
      if (t != null) {
        return new Title(t.role(), j + 1, phraseEnd(w, upos, t.last()), t.last());
      }
      if (!INSIDE.contains(upos.get(k)) && !STANDING_IN.contains(w.get(k).toLowerCase(Locale.ROOT))
          || w.get(k).equals(",")) {
        return null;
      }
    }
    return null;
  }

  /** The present copula by which a sentence that opens with a name says what the person is. */
  private static final Set<String> COPULA = Set.of("ist", "is");
  /** Words between the copula and the title that say since when: "ist seit 2020 ...". */
  private static final Set<String> SINCE = Set.of("seit", "since");
  /** Words that deny the title: "ist kein Politiker", "is not a lawyer". */
  private static final Set<String> NOT = Set.of("kein", "keine", "nicht", "not", "no", "never",
      "nie");

  /**
   * A title the person is said to hold now, in a sentence that opens with the name ("Felix
   * Stalder ist Professor für Digitale Kultur", "Tina Beer ist seit 2020 Thüringens
   * Staatssekretärin", "Leah C. Stokes is an assistant professor") or in a relative clause
   * after it ("Steve Lederer, who is Napa County Public Works Director"); the title is the
   * predicate's noun, before any preposition, so that "is a friend of the president" and "ist
   * die Frau des Abgeordneten" hold none.
   */
  private @Nullable Title predicate(List<String> w, List<String> upos,
      List<Descriptions.Name> names, Descriptions.Name person, String lang) {
    int n = w.size();
    int j = person.last() + 1;
    int start;
    if (j < n && COPULA.contains(w.get(j)) && opensSentence(w, person)) {
      start = j + 1;
    } else if (j + 2 < n && w.get(j).equals(",") && w.get(j + 1).equals("who")
        && w.get(j + 2).equals("is")) {
      start = j + 3;
    } else {
      return null;
    }
    for (int k = start; k < Math.min(n, start + REACH); k++) {
      String word = w.get(k).toLowerCase(Locale.ROOT);
      if (NOT.contains(word) || isPerson(names, k)) {
        return null;
      }
      Title t = titleStarting(w, k, lang);
      if (t != null) {
        return new Title(t.role(), start, phraseEnd(w, upos, t.last()), t.last());
      }
      if (SINCE.contains(word) && k + 1 < n && upos.get(k + 1).equals("NUM")) {
        k++; // "seit 2020"
      } else if (upos.get(k).equals("ADP") || upos.get(k).equals("CCONJ")
          || !INSIDE.contains(upos.get(k)) || w.get(k).equals(",")
          || upos.get(k).equals("NOUN") && (k + 1 == n || !upos.get(k + 1).equals("NOUN"))) {
        return null; // "ist die Frau des Abgeordneten": the predicate's noun is no title
      }
    }
    return null;
  }

  /** Whether only words of address and degrees stand before the name in its sentence. */
  private static boolean opensSentence(List<String> w, Descriptions.Name person) {
    for (int i = 0; i < person.first(); i++) {
      if (!HONORIFICS.contains(w.get(i).toLowerCase(Locale.ROOT))
          && !w.get(i).equalsIgnoreCase("prof.")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The last word of the phrase that goes on from {@code from}: words that may stand inside a
   * title phrase, up to a comma or full stop, at most {@link #REACH} words on ("the associate
   * administrator for human exploration at NASA").
   */
  private static int phraseEnd(List<String> w, List<String> upos, int from) {
    int end = from;
    while (end + 1 < w.size() && end < from + REACH && !w.get(end + 1).equals(",")
        && !w.get(end + 1).equals(".") && INSIDE.contains(upos.get(end + 1))) {
      end++;
    }
    return end;
  }

  /** A relative pronoun that opens an apposition: "Scott Paul, who heads ...". */
  private static final Set<String> RELATIVE = Set.of("who");
  /** Verbs by which a relative clause names the body a person heads. */
  private static final Set<String> HEADING = Set.of("heads", "headed", "leads", "led", "runs",
      "ran", "chairs", "chaired", "directs", "directed", "founded", "co-founded");

  /** Words before a title that the tagger may read as verbs: "the acting administrator". */
  private static final Set<String> STANDING_IN = Set.of("acting", "presiding", "serving",
      "ruling", "governing", "managing", "outgoing", "incoming");

  /** A title phrase of up to three words that ends at {@code p}, or null. */
  private @Nullable Title titleEnding(List<String> w, int p, String lang) {
    for (int len = Math.min(3, p + 1); len >= 1; len--) {
      String role = role(String.join(" ", w.subList(p - len + 1, p + 1)), lang);
      if (role != null) {
        return new Title(role, p - len + 1, p);
      }
    }
    return null;
  }

  private @Nullable Title titleStarting(List<String> w, int k, String lang) {
    for (int len = Math.min(3, w.size() - k); len >= 1; len--) {
      String role = role(String.join(" ", w.subList(k, k + len)), lang);
      if (role != null) {
        return new Title(role, k, k + len - 1);
      }
    }
    return null;
  }

  /** The role of a title word; a compound's last part is read too ("FPÖ-Kultursprecher"). */
  private @Nullable String role(String phrase, String lang) {
    String role = words.title(lang, phrase);
    int hyphen = phrase.lastIndexOf('-');
    if (role == null && hyphen > 0 && hyphen < phrase.length() - 1) {
      role = words.title(lang, phrase.substring(hyphen + 1));
    }
    return role;
  }

  /**
   * The organisation the title names: a known organisation among the phrase's names, or a
   * compound's prefix ("Linken-Bürgerschaftsabgeordnete", "GdP-Tarifexperte").
   */
  private @Nullable KbEntry organisation(List<Descriptions.Name> names, Descriptions.Name person,
      Title t) {
    for (Descriptions.Name m : names) {
      if (m == person || m.last() < t.first() - 3 || m.first() > t.last()) {
        continue;
      }
      KbEntry e = m.entry();
      if (e != null && m.type() == EntityType.ORGANIZATION && e.kind() == EntryKind.ORGANIZATION
          && e.actor() != null) {
        return e;
      }
    }
    return null;
  }

  /**
   * A place or country word in or just before the phrase ("Indiana House Speaker",
   * "US-Senator", "der ukrainische Botschafter").
   */
  private @Nullable String countryWord(List<String> w, List<Descriptions.Name> names, Title t) {
    // only up to the title word: "the director of the Turkish Friendship Hospital" is no Turk
    for (Descriptions.Name m : names) {
      KbEntry e = m.entry();
      // "Sweden's deputy director of public prosecutions": a possessive reaches one word further
      boolean possessive = m.last() + 1 < w.size()
          && (w.get(m.last() + 1).equals("'s") || w.get(m.last() + 1).equals("’s"));
      if (m.last() >= t.first() - (possessive ? 3 : 2) && m.first() <= t.word() && e != null
          && m.type() == EntityType.LOCATION && e.country() != null) {
        return e.country();
      }
    }
    for (int j = Math.max(0, t.first() - 2); j <= t.word(); j++) {
      String word = w.get(j);
      int hyphen = word.lastIndexOf('-');
      KbEntry c = kb.countryOfDerivedWord(hyphen > 0 ? word.substring(0, hyphen) : word);
      if (c != null && c.country() != null) {
        return c.country();
      }
    }
    return null;
  }

  /** Roles of the state, whose holders stay elites (ELI) once they left ("a former editor"
   * stays MED). */
  private static final Set<String> STATE = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");

  /** Whether the organisation is a body of a state: its actor's role is GOV, MIL, LEG... */
  static boolean ofState(KbEntry org) {
    String a = org.actor();
    return a != null && a.length() >= 6 && !a.startsWith("IGO")
        && STATE.contains(a.substring(3, 6));
  }

  /** Whether a possessive of the page's own stands right before the title word ("unsere"). */
  private static boolean ours(List<String> w, Title t) {
    for (int j = Math.max(0, t.first() - 1); j < t.word(); j++) {
      if (Publisher.ours(w.get(j))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the title is of an office its holder left: an elite (ELI) now. */
  private static boolean left(List<String> w, Title t) {
    return before(w, t, Descriptions.PAST);
  }

  /**
   * Whether one of the words stands right before the title phrase, before the capitalised words
   * that name its office ("former National Security Adviser John Bolton"), or in it before the
   * title word.
   */
  private static boolean before(List<String> w, Title t, Set<String> words) {
    int from = t.first() - 1;
    while (from > 0 && from > t.first() - 4 && !w.get(from).isEmpty()
        && Character.isUpperCase(w.get(from).charAt(0))
        && !words.contains(w.get(from).toLowerCase(Locale.ROOT))) {
      from--;
    }
    for (int j = Math.max(0, from); j < t.word(); j++) {
      String word = w.get(j);
      // before the office's name only a word in lower case: "Future Publishing founder" is none
      boolean inName = j < t.first() - 1 && j > 0 && Character.isUpperCase(word.charAt(0));
      if (!inName && words.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The role of the body a head or member acts for, by the words of its name around the title
   * ("director of the Turkish Friendship Hospital": HLH), or "" when none tells.
   */
  private String kindOfBody(List<String> w, Title t, String lang) {
    for (int j = Math.max(0, t.first() - 3); j <= Math.min(w.size() - 1, t.last() + 3); j++) {
      for (int len = Math.min(3, w.size() - j); len >= 1; len--) {
        String role = words.organisationRole(lang, String.join(" ", w.subList(j, j + len)));
        if (role != null) {
          return role;
        }
      }
    }
    return "";
  }

  /**
   * Words that make a person a member of the organisation after the name. Not German "der",
   * which after a name is mostly the dative of whom a verb of saying addresses ("wie
   * Forschungsdirektor Joachim Mnich der Deutschen Presse-Agentur erläuterte").
   */
  private static final Set<String> MEMBER_OF = Set.of("of", "from", "vom", "von", "des");

  /**
   * A known organisation right after the name: "Sui-Lee Wee of the New York Times", "Anna
   * Schmidt von der Caritas"; or null.
   */
  private static @Nullable KbEntry ofOrganisation(List<String> w, List<Descriptions.Name> names,
      Descriptions.Name person) {
    int j = person.last() + 1;
    if (j >= w.size() || !MEMBER_OF.contains(w.get(j).toLowerCase(Locale.ROOT))) {
      return null;
    }
    j++;
    if (j < w.size() && Set.of("the", "der", "dem").contains(w.get(j).toLowerCase(Locale.ROOT))) {
      j++;
    }
    for (Descriptions.Name m : names) {
      if (m.first() == j && actingOrganisation(m)) {
        return m.entry();
      }
    }
    return null;
  }

  /** Whether a name is an organisation the knowledge base knows with an actor code. */
  private static boolean actingOrganisation(Descriptions.Name m) {
    return m.type() == EntityType.ORGANIZATION && m.entry() != null
        && m.entry().kind() == EntryKind.ORGANIZATION && m.entry().actor() != null;
  }

  /** Words after a name by which its person works for the organisation after "for". */
  private static final Set<String> WORKS_FOR = Set.of("reports", "reported", "reporting",
      "writes", "wrote", "writing", "works", "worked", "working", "berichtet", "schreibt",
      "arbeitet");

  /**
   * A known organisation the person works for: "as Emily Feng reports for NPR", "Anna Berg
   * schreibt für die Zeit"; or whose possessive stands before the name: "NPR's Mark Lewis".
   */
  private static @Nullable KbEntry forOrganisation(List<String> w, List<Descriptions.Name> names,
      Descriptions.Name person) {
    int j = person.last() + 1;
    int at = -1;
    if (j + 1 < w.size() && WORKS_FOR.contains(w.get(j).toLowerCase(Locale.ROOT))
        && Set.of("for", "für").contains(w.get(j + 1).toLowerCase(Locale.ROOT))) {
      at = j + 2;
      if (at < w.size()
          && Set.of("the", "die", "den").contains(w.get(at).toLowerCase(Locale.ROOT))) {
        at++;
      }
    }
    int owner = person.first() - 2;
    boolean possessive = owner >= 0 && Set.of("'s", "’s").contains(w.get(person.first() - 1));
    for (Descriptions.Name m : names) {
      if ((m.first() == at || possessive && m.last() == owner) && actingOrganisation(m)) {
        return m.entry();
      }
    }
    return null;
  }

  /**
   * Whether the name stands in a credit: joined by a slash to an agency or an employer
   * ("Markus Scholz/dpa", "Parlamentsdirektion/Thomas Topf"), or after "By" that opens the
   * sentence (a byline).
   */
  private static boolean credited(List<String> w, Descriptions.Name person) {
    int before = person.first() - 1;
    int after = person.last() + 1;
    if (before >= 0 && w.get(before).equals("/") || after < w.size() && w.get(after).equals("/")) {
      return true;
    }
    return before == 0 && (w.get(0).equals("By") || w.get(0).equals("BY"));
  }

  /** Whether an age follows the name: "Name, 32," or "Name (35)". */
  private static boolean agedOnly(List<String> w, Descriptions.Name person) {
    int j = person.last() + 1;
    if (j + 1 >= w.size() || !w.get(j).equals(",") && !w.get(j).equals("(")) {
      return false;
    }
    String age = w.get(j + 1);
    if (!age.matches("[1-9][0-9]?")) {
      return false;
    }
    String close = j + 2 < w.size() ? w.get(j + 2) : "";
    return w.get(j).equals("(") ? close.equals(")") : close.equals(",") || close.equals(".");
  }

  /**
   * The organisation a title's compound names before its hyphen ("Linken-Bürgerschaftsabgeordnete",
   * "GdP-Tarifexperte"), when the knowledge base knows it with a code; else null. A party's short
   * form ("Grünen-") is that of the country the article is set in ({@code home}).
   */
  private @Nullable KbEntry compoundPrefix(List<String> w, int at, String lang,
      @Nullable String home) {
    String word = w.get(at);
    int hyphen = word.lastIndexOf('-');
    String prefix;
    if (hyphen > 0) {
      prefix = word.substring(0, hyphen);
    } else if (at >= 2 && w.get(at - 1).equals("-")) {
      prefix = w.get(at - 2); // "Linken" "-" "Bürgerschaftsabgeordnete", split by the tokenizer
    } else {
      return null;
    }
    KbEntry e = bestAt(prefix, lang, home);
    if (e == null && "de".equals(lang) && prefix.endsWith("n") && prefix.length() > 3) {
      e = bestAt(prefix.substring(0, prefix.length() - 1), lang, home);
    }
    if (e == null && "de".equals(lang)) {
      e = kb.partyByShortName(prefix, home); // "Linken-": die Linke
    }
    if (e == null) {
      e = kb.partyByEnglishShortName(prefix, home); // "Labour-Chef Jeremy Corbyn"
    }
    return e != null && e.kind() == EntryKind.ORGANIZATION && e.actor() != null ? e : null;
  }

  /**
   * The entry a name has in the country the article is set in where several countries have one
   * ("FDP-Fraktionschef" in Bern: the Swiss FDP), else the best one. (An office word's prefix,
   * "FDP-Präsident", is read by {@link Descriptions}, where the best one wins.)
   */
  private @Nullable KbEntry bestAt(String name, String lang, @Nullable String home) {
    if (home != null) {
      for (KbEntry c : kb.candidates(name, lang)) {
        if (c.kind() == EntryKind.ORGANIZATION && home.equals(c.country())) {
          return c;
        }
      }
    }
    return kb.best(name, lang);
  }

  /** Titles a party's short form before them makes that party's: a leader, a legislator. */
  private static final Set<String> PARTY_TITLES = Set.of("ORG", "LEG", "PTY");

  /**
   * The party an English short form names right before a title or its phrase ("Labour leader",
   * "Republican Sen.", "Lib Dem leader", "Democratic presidential candidate"), or null.
   */
  private @Nullable KbEntry partyBefore(List<String> w, Title t, @Nullable String home) {
    for (int k = Math.max(0, t.first() - 2); k < t.word(); k++) { // "Liberal Democrat leader"
      if (w.get(k).isEmpty() || !Character.isUpperCase(w.get(k).charAt(0))) {
        continue;
      }
      KbEntry e = k + 1 < t.word() ? kb.partyByEnglishShortName(w.get(k) + " " + w.get(k + 1),
          home) : null;
      if (e == null) {
        e = kb.partyByEnglishShortName(w.get(k), home);
      }
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  /** A party or organisation in brackets after the name: "Katja Kipping (MdB, DIE LINKE)". */
  private static @Nullable KbEntry parenthesised(List<String> w, List<Descriptions.Name> names,
      Descriptions.Name person) {
    int j = person.last() + 1;
    if (j >= w.size() || !w.get(j).equals("(")) {
      return null;
    }
    for (Descriptions.Name m : names) {
      if (m.first() > j && m.first() <= j + 4 && m.entry() != null
          && m.entry().kind() == EntryKind.ORGANIZATION && m.entry().actor() != null) {
        return m.entry();
      }
    }
    return null;
  }

  /** Whether a party's name stands in brackets right after the name: "(Piratenpartei)". */
  private static boolean partyInBrackets(List<String> w, Descriptions.Name person) {
    int j = person.last() + 1;
    if (j >= w.size() || !w.get(j).equals("(")) {
      return false;
    }
    for (int k = j + 1; k < Math.min(w.size(), j + 6) && !w.get(k).equals(")"); k++) {
      String word = w.get(k).toLowerCase(Locale.ROOT);
      if (word.endsWith("partei") || word.equals("party")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPerson(List<Descriptions.Name> names, int i) {
    Descriptions.Name m = SentenceNames.nameAt(names, i);
    return m != null && m.type() == EntityType.PERSON;
  }
}
