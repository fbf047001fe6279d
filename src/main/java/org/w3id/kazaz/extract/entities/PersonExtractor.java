package org.w3id.kazaz.extract.entities;

import org.w3id.kazaz.extract.common.EntityRef;
import org.w3id.kazaz.extract.common.Mention;
import org.w3id.kazaz.annotate.AnnotatedArticle;
import org.w3id.kazaz.gazetteer.EntityKind;
import org.w3id.kazaz.annotate.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kazaz.article.Article;
import org.w3id.kazaz.gazetteer.Gazetteer;
import org.w3id.kazaz.gazetteer.GazetteerEntry;

/**
 * People the reference data does not list, found where a role introduces a full name ("political
 * expert Gaziz Abishev", "Deputy Prime Minister Serik Zhumangarin", "ambassador of Kazakhstan
 * Ruslan Iskakov"), and their later mentions by surname.
 */
public final class PersonExtractor {
  private static final String ROLE_WORDS =
      "expert|analyst|economist|political scientist|scientist|ambassador|minister|prime minister"
          + "|spokesperson|spokesman|spokeswoman|chairman|chairwoman|chair|director|adviser|advisor"
          + "|professor|journalist|governor|mayor|akim|ceo|president|head|researcher|envoy|deputy";
  private static final Pattern ROLE_NAME =
      Pattern.compile(
          "(?<role>(?:(?i:political|economic|independent|leading|senior|deputy|first deputy|vice|"
              + "foreign|special|chief|executive)\\s+|(?:Kazakh(?:stani)?|Azerbaijani)\\s+)*"
              + "(?i:" + ROLE_WORDS + ")(?:\\s+of\\s+(?<of>[A-Z][\\p{L}]+(?:\\s+[A-Z][\\p{L}]+)?))?)"
              + ",?\\s+(?<name>\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)"
              + "(?![\\p{L}-])");

  private PersonExtractor() {}

  /** The people of one article with their mentions (full name, then surname alone). */
  public static Result extract(AnnotatedArticle doc, Gazetteer gazetteer) {
    Article article = doc.article();
    String text = article.text();
    Map<String, PersonRecord> people = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    for (Span sentence : doc.spans()) {
      Matcher m = ROLE_NAME.matcher(sentence.text());
      while (m.find()) {
        String name = m.group("name");
        if (NamedEntities.titled(name)) {
          // "Minister Prince Faisal bin Khalid": the name runs on with its particle, or NER reads it
          Matcher particle = NamedEntities.PARTICLE.matcher(sentence.text().substring(m.end("name")));
          if (!particle.find()) {
            continue;
          }
          name = name + particle.group();
        }
        if (gazetteer.byLabel(name).isPresent() || startsWithKnownName(name, gazetteer)
            // "Tayyip Erdogan" of "President of Türkiye Recep Tayyip Erdogan": a known person
            || !NamedEntities.knownEndingWith(gazetteer, name).isEmpty()
            || !NamedEntities.couldBePerson(name)) {
          continue; // a known person, or a place or body ("Baku International ...")
        }
        String state = stateOf(m.group("role"), m.group("of"), gazetteer);
        String role = roleWords(m.group("role"));
        EntityRef ref = EntityRef.found(EntityKind.PERSON, name, state);
        people.putIfAbsent(name, new PersonRecord(ref, role, sentence));
      }
    }
    for (PersonRecord p : people.values()) {
      String full = p.person().label();
      String surname = full.substring(full.lastIndexOf(' ') + 1);
      Matcher m =
          Pattern.compile("(?<![\\p{L}-])(?:" + Pattern.quote(full) + "|" + Pattern.quote(surname)
              + ")(?![\\p{L}-])").matcher(text);
      m.region(article.bodyStart(), text.length());
      while (m.find()) {
        mentions.add(new Mention(p.person(), new Span(m.start(), m.end(), m.group())));
      }
    }
    return new Result(List.copyOf(people.values()), mentions);
  }

  /** People and where the article names them. */
  public record Result(List<PersonRecord> people, List<Mention> mentions) {}

  private static boolean startsWithKnownName(String name, Gazetteer gazetteer) {
    String first = name.substring(0, name.indexOf(' '));
    return gazetteer.byLabel(first).map(e -> e.kind() != EntityKind.PERSON).orElse(false);
  }

  /** The role without a state named in it: "Kazakh political expert" gives "political expert". */
  private static String roleWords(String role) {
    return role.replaceAll("\\s+of\\s+.*$", "")
        .replaceAll("Kazakh(?:stani)?\\s+|Azerbaijani\\s+", "")
        .toLowerCase(Locale.ROOT)
        .strip();
  }

  private static String stateOf(String role, String of, Gazetteer gazetteer) {
    if (of != null) {
      return gazetteer.byLabel(of).filter(e -> e.kind() == EntityKind.STATE).map(GazetteerEntry::iri).orElse(null);
    }
    for (GazetteerEntry e : gazetteer.entries()) {
      if (e.kind() == EntityKind.STATE && role.contains(demonymStem(e.prefLabel()))) {
        return e.iri();
      }
    }
    return null;
  }

  /** "Kazakhstan" gives "Kazakh", "Azerbaijan" gives "Azerbaijan" (as in "Azerbaijani"). */
  private static String demonymStem(String state) {
    return state.endsWith("stan") ? state.substring(0, state.length() - 4) : state;
  }
}
