package dev.studyguide.graph;

import dev.studyguide.model.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts topics for the items that fit no topic ({@code graph --suggest-topics}), as YAML to paste into
 * topics.yaml. Items are grouped by significant terms of their heading (the title, or the prompt of an item
 * without one): a word, analysed as placement analyses it so "joins" and "join" are one term, that at least two
 * off-topic headings use and that is used mostly by them (they are at least half of all items whose heading has
 * it). The most widespread such term seeds a group of the items that have it, then the next among the items
 * left, and so on. A group's title is the commonest pair of adjacent words with a significant one among them if
 * two or more of its items share it, else its seed word; its category the one most of its items were listed
 * under. Same graph, same text.
 */
public final class TopicSuggestions {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}/'-]*\\p{L}|\\p{L}");
  private static final String NEW_CATEGORY = "other";

  private final ConceptAnalyzer analyzer;
  private final TopicGraph graph;
  /** The commonest spelling of each term in the off-topic headlines. */
  private final Map<String, Map<String, Integer>> spellings = new HashMap<>();

  private TopicSuggestions(TopicGraph graph) {
    this.graph = graph;
    this.analyzer = ConceptAnalyzer.of(graph.taxonomy());
  }

  /** The YAML for the graph's off-topic items (a comment saying there are none when there are none). */
  public static String yaml(TopicGraph graph) {
    return new TopicSuggestions(graph).write();
  }

  private record Group(String seed, List<MoreQuestions.OffTopic> items, List<String> shared) {}

  private String write() {
    List<MoreQuestions.OffTopic> off = graph.report().offTopic();
    StringBuilder out = new StringBuilder();
    if (off.isEmpty()) {
      return "# Every item fits a topic: nothing to suggest.\n";
    }
    Map<MoreQuestions.OffTopic, List<String>> words = new LinkedHashMap<>();
    off.forEach(o -> words.put(o, terms(o.guess().item(), true)));
    List<String> significant = significant(words);
    List<Group> groups = group(words, significant);
    Set<MoreQuestions.OffTopic> grouped = new HashSet<>();
    groups.forEach(g -> grouped.addAll(g.items()));
    out.append("# Topics drafted by `studyguide graph --suggest-topics` for ").append(off.size())
        .append(" items that fit no topic.\n# Review each title and alias (aliases act as synonyms everywhere),"
            + " write a summary, set the level,\n# then paste the topics under `topics:` in topics.yaml.\n");
    if (groups.stream().anyMatch(g -> category(g).equals(NEW_CATEGORY))) {
      out.append("\n# A category for the groups no category of yours names (paste under `categories:`):\n"
          + "categories:\n  - id: ").append(NEW_CATEGORY).append("\n    title: Other topics\n"
          + "    summary: Questions beyond the guide's original fields.\n");
    }
    out.append("\ntopics:\n");
    Set<String> ids = new HashSet<>(graph.taxonomy().byId().keySet());
    for (Group g : groups) {
      String title = title(g, words);
      String id = uniqueId(title, ids);
      out.append("  - id: ").append(id).append('\n');
      out.append("    title: ").append(title).append('\n');
      out.append("    category: ").append(category(g)).append('\n');
      List<String> aliases = aliases(g, title);
      out.append("    aliases: [").append(String.join(", ", aliases)).append("]\n");
      out.append("    summary: \"\"\n    level: 2\n");
      out.append("    # would move here (").append(g.items().size()).append("):\n");
      g.items().forEach(o -> out.append("    #   ").append(ref(o.guess().item())).append('\n'));
    }
    List<MoreQuestions.OffTopic> rest = off.stream().filter(o -> !grouped.contains(o)).toList();
    if (!rest.isEmpty()) {
      out.append("\n# Not grouped (no significant word shared with another item): add a topic by hand or pin them.\n");
      rest.forEach(o -> out.append("#   ").append(ref(o.guess().item())).append('\n'));
    }
    return out.toString();
  }

  /** Terms used by two or more off-topic headlines and mostly by them, most widespread first. */
  private List<String> significant(Map<MoreQuestions.OffTopic, List<String>> words) {
    Map<String, Integer> offCount = new TreeMap<>();
    words.values().forEach(ts -> new HashSet<>(ts).forEach(t -> offCount.merge(t, 1, Integer::sum)));
    Map<String, Integer> allCount = new HashMap<>();
    List<Item> all = new ArrayList<>();
    graph.questions().forEach(q -> all.addAll(q.members()));
    graph.notes().forEach(p -> all.add(p.item()));
    for (Item item : all) {
      new HashSet<>(terms(item, false)).forEach(t -> allCount.merge(t, 1, Integer::sum));
    }
    List<String> out = new ArrayList<>();
    offCount.forEach((term, n) -> {
      if (n >= 2 && n * 2 >= allCount.getOrDefault(term, n)) {
        out.add(term);
      }
    });
    out.sort(Comparator.comparingInt((String t) -> -offCount.get(t)).thenComparing(t -> t));
    return out;
  }

  private List<Group> group(Map<MoreQuestions.OffTopic, List<String>> words, List<String> significant) {
    List<Group> groups = new ArrayList<>();
    Set<MoreQuestions.OffTopic> left = new LinkedHashSet<>(words.keySet());
    for (String seed : significant) {
      List<MoreQuestions.OffTopic> members = left.stream().filter(o -> words.get(o).contains(seed)).toList();
      if (members.size() < 2) {
        continue;
      }
      members.forEach(left::remove);
      List<String> shared = significant.stream()
          .filter(t -> members.stream().filter(o -> words.get(o).contains(t)).count() * 2 >= members.size())
          .toList();
      groups.add(new Group(seed, members, shared));
    }
    return groups;
  }

  /** The commonest adjacent pair with a shared term when two items have it, else the seed. */
  private String title(Group g, Map<MoreQuestions.OffTopic, List<String>> words) {
    Map<String, Integer> pairs = new TreeMap<>();
    for (MoreQuestions.OffTopic o : g.items()) {
      List<String> ts = words.get(o);
      Set<String> seen = new HashSet<>();
      for (int i = 0; i + 1 < ts.size(); i++) {
        boolean significant = g.shared().contains(ts.get(i)) || g.shared().contains(ts.get(i + 1));
        if (significant && !ts.get(i).equals(ts.get(i + 1))) {
          String pair = ts.get(i) + " " + ts.get(i + 1);
          if (seen.add(pair)) {
            pairs.merge(pair, 1, Integer::sum);
          }
        }
      }
    }
    String best = pairs.entrySet().stream().filter(e -> e.getValue() >= 2)
        .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey).orElse(g.seed());
    String[] parts = best.split(" ");
    StringBuilder title = new StringBuilder();
    for (String part : parts) {
      title.append(title.length() == 0 ? "" : " ").append(spelling(part));
    }
    return Character.toUpperCase(title.charAt(0)) + title.substring(1);
  }

  /** The group's other shared words in their spelling, written as acronyms (SQL, NLP) only: safe synonyms. */
  private List<String> aliases(Group g, String title) {
    List<String> out = new ArrayList<>();
    for (String term : g.shared()) {
      String spelled = spelling(term);
      if (ConceptAnalyzer.isAcronym(spelled) && !title.contains(spelled)) {
        out.add(spelled);
      }
    }
    return out;
  }

  private String category(Group g) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    graph.taxonomy().authored().categories().forEach(c -> counts.put(c.id(), 0));
    g.items().forEach(o -> counts.computeIfPresent(o.category(), (k, v) -> v + 1));
    return counts.entrySet().stream().filter(e -> e.getValue() * 2 > g.items().size()).map(Map.Entry::getKey)
        .findFirst().orElse(NEW_CATEGORY);
  }

  /** The item's heading words as terms, in order, without stop words and concept tokens. */
  private List<String> terms(Item item, boolean recordSpelling) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(item.title().isBlank() ? ProseText.of(item.prompt()) : item.title());
    while (m.find()) {
      for (String term : analyzer.terms(m.group())) {
        if (ConceptAnalyzer.isConcept(term)) {
          continue;
        }
        out.add(term);
        if (recordSpelling) {
          spellings.computeIfAbsent(term, k -> new TreeMap<>()).merge(m.group(), 1, Integer::sum);
        }
      }
    }
    return out;
  }

  /** The commonest spelling, lower case unless it is short and all capitals (SQL, A/B). */
  private String spelling(String term) {
    Map<String, Integer> forms = spellings.getOrDefault(term, Map.of());
    String best = forms.entrySet().stream()
        .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey).orElse(term);
    boolean capitals = best.length() <= 6 && best.equals(best.toUpperCase(Locale.ROOT));
    return capitals ? best : best.toLowerCase(Locale.ROOT);
  }

  private static String uniqueId(String title, Set<String> ids) {
    String base = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    String id = base.isEmpty() ? "topic" : base;
    for (int n = 2; ids.contains(id); n++) {
      id = base + "-" + n;
    }
    ids.add(id);
    return id;
  }

  private static String ref(Item item) {
    String file = item.source().file();
    int cut = file.indexOf('_');
    return (cut > 0 ? file.substring(0, cut) : file) + " " + item.source().label() + "  "
        + ProseText.headline(item).replace('\n', ' ');
  }
}
