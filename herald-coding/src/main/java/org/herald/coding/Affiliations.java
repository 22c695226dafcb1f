package org.herald.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.core.model.Entity;
import org.herald.core.model.EntityType;
import org.herald.core.model.KbRef;
import org.herald.core.model.Mention;
import org.jspecify.annotations.Nullable;

/**
 * A person nothing else describes, named with a body outside the state in apposition right
 * after the name ("Steven Pinker, Harvard University", "said Aseem Prakash, University of
 * Washington."), acts for that body's kind of actor: a university's people are EDU, a paper's
 * MED. So does a person named as of any body with an actor, the state's too ("Jim Smith of the
 * Columbus Police Department", "Gunnar Maaß von der AGFW") or as its own by an English
 * possessive ("Axios' Kaveh Waddell reports", "Scott Strenfel, PG&E's principal
 * meteorologist"). Only the text layer's private person (CVL, the setting's), one it gave only a
 * country (a title of a body not named beside it), or a person nothing is known of takes it; a
 * body in a list of names ("met Smith, Google and Microsoft") gives nothing. For {@link
 * EntityStage}. Thread-safe.
 */
final class Affiliations {
  /** The kinds of body whose people a bare apposition makes theirs. */
  private static final Set<String> BODIES = Set.of("EDU", "MED", "NGO", "HLH", "REL", "LAB",
      "BUS", "AGR");
  /** Words that go on a list of names: a body after "Smith," and before these is one more. */
  private static final Set<String> LISTING = Set.of("and", "or", "und", "oder", "sowie", "&");
  /** The words that name a person as of a body: "Smith of the ...", "Maaß von der ...". */
  private static final java.util.regex.Pattern OF = java.util.regex.Pattern.compile(
      "(?:of|from|at|von|vom|aus)(?: the| der| den| dem)? ");

  /** An English possessive right before a name: "Axios' ", "CNN's ". */
  private static final java.util.regex.Pattern POSSESSIVE =
      java.util.regex.Pattern.compile("['’]s? $");
  /** An English possessive right after a body's name: "PG&E's ". */
  private static final java.util.regex.Pattern OWNS =
      java.util.regex.Pattern.compile("['’]s?\\s");

  private Affiliations() {}

  /** The entities, each undescribed person with a body in apposition acting for it. */
  static List<Entity> apply(List<Entity> entities, String text) {
    // the bodies that may give a person their kind, by where a mention of them starts
    Map<Integer, KbRef> bodies = new HashMap<>();
    // the bodies that a person named as of them acts for: any with an actor
    Map<Integer, KbRef> all = new HashMap<>();
    // the same, by where a mention of them ends, for a possessive before a name
    Map<Integer, KbRef> owners = new HashMap<>();
    for (Entity o : entities) {
      if (o.type() == EntityType.ORGANIZATION && o.kb() != null && o.kb().actor() != null) {
        for (Mention b : o.mentions()) {
          all.put(b.start(), o.kb());
          owners.put(b.end(), o.kb());
          if (Descriptions.agentIn(o, BODIES) && !listed(text, b)) {
            bodies.put(b.start(), o.kb());
          }
        }
      }
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      KbRef body = all.isEmpty() || e.type() != EntityType.PERSON || !undescribed(e) ? null
          : body(e, bodies, all, owners, text);
      KbRef own = e.kb();
      out.add(body == null ? e : new Entity(e.id(), e.type(), e.name(), own == null
          ? new KbRef(Descriptions.TEXT + e.name().replace(' ', '_'), e.name(), body.actor(),
              body.country(), null, null, null, "text")
          : new KbRef(own.id(), own.label(), body.actor(), body.country(), null, null, null,
              own.layer()), e.mentions()));
    }
    return out;
  }

  /**
   * Whether a person is the text layer's private person, whom nothing around the name gave, one
   * it gave only a country, or a person nothing at all is known of (in a text set nowhere).
   */
  private static boolean undescribed(Entity e) {
    return e.kb() == null || e.kb().id().startsWith(Descriptions.TEXT)
        && (Descriptions.agentIn(e, CIVILIANS) || countryOnly(e.kb()));
  }

  /**
   * Whether the text gave a person a country but no role: a head or member of a body it did not
   * name beside the title ("Vorstand Peter Müller von der naturstrom AG").
   */
  private static boolean countryOnly(KbRef ref) {
    return ref.actor() != null && ref.actor().equals(ref.country());
  }

  private static final Set<String> CIVILIANS = Set.of("CVL");

  /**
   * The body in apposition after one of the person's mentions, or named as theirs right after
   * it ("of the", "von der"); or null.
   */
  private static @Nullable KbRef body(Entity person, Map<Integer, KbRef> bodies,
      Map<Integer, KbRef> all, Map<Integer, KbRef> owners, String text) {
    for (Mention m : person.mentions()) {
      int before = Math.max(0, m.start() - 3);
      java.util.regex.Matcher possessive = POSSESSIVE.matcher(text.substring(before, m.start()));
      if (possessive.find()) {
        KbRef owner = owners.get(before + possessive.start());
        if (owner != null) {
          return owner; // "Axios' Kaveh Waddell reports"
        }
      }
      int comma = skipSpaces(text, m.end());
      if (comma < text.length() && text.charAt(comma) == ',' && !listed(text, m.start())) {
        KbRef body = bodies.get(skipSpaces(text, comma + 1));
        if (body != null) {
          return body;
        }
        body = all.get(skipSpaces(text, comma + 1));
        if (body != null && owned(text, skipSpaces(text, comma + 1), owners, body)) {
          return body; // "Scott Strenfel, PG&E's principal meteorologist": any body's own
        }
      }
      java.util.regex.Matcher of = OF.matcher(text).region(comma, text.length());
      if (comma == m.end() + 1 && of.lookingAt()) {
        KbRef body = all.get(of.end());
        if (body != null) {
          return body;
        }
      }
    }
    return null;
  }

  /**
   * Whether the body whose mention starts at {@code start} is followed by an English possessive
   * ("PG&E's principal meteorologist").
   */
  private static boolean owned(String text, int start, Map<Integer, KbRef> owners, KbRef body) {
    for (Map.Entry<Integer, KbRef> e : owners.entrySet()) {
      if (e.getValue() == body && e.getKey() > start && e.getKey() < text.length()
          && OWNS.matcher(text).region(e.getKey(), text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of listing stands right before a position ("and Smith"). */
  private static boolean listed(String text, int start) {
    String before = text.substring(Math.max(0, start - 6), start).strip();
    String last = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return LISTING.contains(last);
  }

  /** Whether the body goes on a list: "Google and Microsoft", "Google, and Microsoft". */
  private static boolean listed(String text, Mention body) {
    int next = skipSpaces(text, body.end());
    if (next < text.length() && text.charAt(next) == ',') {
      next = skipSpaces(text, next + 1);
    }
    int end = next;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return LISTING.contains(text.substring(next, end).toLowerCase(Locale.ROOT))
        || next < text.length() && text.charAt(next) == '&';
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
